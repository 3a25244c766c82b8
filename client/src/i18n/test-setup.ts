// Unit tests format every message as the signed-in app does: with the ICU formatter loaded.
import { enableIcu } from './i18n';

await enableIcu();
