// The build also runs early.ts as its own entry ahead of this bundle (vite.config.ts), so its
// requests leave before this one has even arrived; imported here too, it runs once either way.
import './early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The tokens first, then the page and the building blocks every screen uses; each feature
// imports its own stylesheet beside it.
import 'virtual:design-tokens.css';
import './app/base.css';
import './components/forms.css';
import './components/cards.css';
import './components/table.css';
import { App, preloadAddressedScreen } from './app/App';
import { addressAtStart } from './app/address';
import { useWorkspace } from './store/workspace-store';

// The store takes the answers to the requests early.ts sent (and asks for what it lacks); a
// reload naming a membership shows it once it and its screen's code are here.
void useWorkspace.getState().started(addressAtStart, preloadAddressedScreen(addressAtStart));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
