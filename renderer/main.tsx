import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/tokens.css';
import './styles/base.css';
import './styles/app.css';
import './styles/journal.css';
import './styles/find.css';
import './styles/toast.css';
import './styles/window.css';
import './styles/feeling.css';
import './styles/pause.css';
import './styles/reset.css';
import './styles/settings.css';

const container = document.getElementById('root');
if (!container) throw new Error('Presence could not find its #root element in index.html.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
