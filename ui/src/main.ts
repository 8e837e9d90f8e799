import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import '@rijkshuisstijl-community/components-css/dist/index.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';

import { initialLanguage, setLanguage } from './lib/i18n.svelte';
import { applyTextSize, cachedTextSize } from './lib/textSize';

// The first frame is painted in the last chosen language, whose messages are
// loaded first; the core's setting follows as soon as it answers.
const target = document.getElementById('app');
// The text size, too, is the last run's until the core answers.
void Promise.all([setLanguage(initialLanguage()), applyTextSize(cachedTextSize())]).finally(() => {
  if (target) mount(App, { target });
});
