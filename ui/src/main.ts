import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import '@rijkshuisstijl-community/components-css/dist/index.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';

import { initialLanguage, setLanguage } from './lib/i18n.svelte';

// The first frame is painted in the last chosen language, whose messages are
// loaded first; the core's setting follows as soon as it answers.
const target = document.getElementById('app');
void setLanguage(initialLanguage()).finally(() => {
  if (target) mount(App, { target });
});
