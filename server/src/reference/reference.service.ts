import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { GraphService } from '../graph/graph.service.js';
import {
  CASE_CATEGORIES,
  MUNICIPALITIES,
  POLICE_DISTRICTS,
  parseExtraCategories,
  type CategoryRef,
  type MunicipalityRef,
  type PoliceDistrictRef,
} from './reference-data.js';

/** Reference data as configured: the contract's lists plus configured extra categories. */
@Injectable()
export class ReferenceService {
  readonly districts: readonly PoliceDistrictRef[] = POLICE_DISTRICTS;
  readonly municipalities: readonly MunicipalityRef[] = MUNICIPALITIES;
  readonly categories: readonly CategoryRef[];
  private readonly municipalityByCode: ReadonlyMap<string, MunicipalityRef>;
  private readonly categoryByCode: ReadonlyMap<string, CategoryRef>;

  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const extra = parseExtraCategories(config.OPSPOR_EXTRA_CATEGORIES);
    const clash = extra.find((e) => CASE_CATEGORIES.some((c) => c.code === e.code));
    if (clash) throw new Error(`OPSPOR_EXTRA_CATEGORIES: "${clash.code}" is already a contract category`);
    this.categories = [...CASE_CATEGORIES, ...extra];
    this.municipalityByCode = new Map(this.municipalities.map((m) => [m.code, m]));
    this.categoryByCode = new Map(this.categories.map((c) => [c.code, c]));
  }

  municipality(code: string): MunicipalityRef | undefined {
    return this.municipalityByCode.get(code);
  }

  category(code: string): CategoryRef | undefined {
    return this.categoryByCode.get(code);
  }

  isDistrict(code: string): boolean {
    return this.districts.some((d) => d.code === code);
  }

  async load(): Promise<void> {
    await this.graph.write('reference/upsert-reference', {
      districts: this.districts,
      municipalities: this.municipalities,
      categories: this.categories,
    });
  }
}
