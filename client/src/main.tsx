import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// the global base first, so that every feature's module builds on it
import './ui/base.css';
import './ui/forms.css';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
