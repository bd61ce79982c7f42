import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The tokens first, then the page and the building blocks every screen uses; each feature
// imports its own stylesheet beside it.
import 'virtual:design-tokens.css';
import './app/base.css';
import './components/forms.css';
import './components/cards.css';
import './components/table.css';
import { App } from './app/App';
import { useWorkspace } from './store/workspace-store';

// The first requests leave before React renders anything: the home's data is on its way while
// the frame paints "Opening the workspace…".
void useWorkspace.getState().started();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
