// One command, answered from the SQLite file; its answer is the page's text.
const h1 = document.getElementById('greeting');
window.__TAURI_INTERNALS__.invoke('greeting').then((text) => {
  h1.textContent = text;
});
