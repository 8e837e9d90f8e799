// Start-up and memory of Wegwijs beside a minimal Tauri app, measured the
// same way for both (run by `cargo xtask bench`, which builds both release
// apps, prepares a household and starts tauri-driver under Xvfb):
// - "first text": from the WebDriver request that starts the app to the
//   webview's first contentful paint (Paint Timing), the first frame that
//   shows text;
// - "ready": to the moment the page's main heading has text (Wegwijs: the
//   home screen with the household's signals; the peer: its one line from
//   SQLite), seen by polling in the page every animation frame;
// - PSS 4 s after the request, summed over the app's process and every
//   process under it (WebKitWebProcess, WebKitNetworkProcess).
// The two apps alternate, so a busy moment of the machine hits both; the
// medians are printed with the ratio. Not a test: it asserts nothing.
//
// BENCH_APPS: JSON [{ "name", "path", "args"?, "peer"? }]: Wegwijs as it
// ships first, the minimal app marked `"peer": true`, then any variants of
// Wegwijs (the WebKit knobs, each alone: `--webkit-knobs=...`), all in the
// same rotation. BENCH_RUNS: runs per entry (default 9). BENCH_OUT: where
// to write every measurement as JSON.
import { readdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { remote } from 'webdriverio';

const PORT = Number(process.env.WEBDRIVER_PORT ?? 4444);
const APPS = JSON.parse(process.env.BENCH_APPS ?? '[]');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PEER = APPS.find((a) => a.peer);
if (!PEER || APPS.length < 2) throw new Error('BENCH_APPS must name Wegwijs and its peer ("peer": true)');

/** pid → parent pid, for every process we may read. */
function processTable() {
  const parents = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // The name (field 2) may hold spaces and parentheses: read after its end.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(d), Number(rest[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  return parents;
}

function exeOf(pid) {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return null;
  }
}

/** The app's processes: those running `path`, and all under them. */
function appProcesses(path) {
  const parents = processTable();
  const found = new Set([...parents.keys()].filter((p) => exeOf(p) === path));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!found.has(pid) && found.has(ppid)) {
        found.add(pid);
        grew = true;
      }
    }
  }
  return [...found];
}

/** PSS in MiB, summed over `pids`, and per process (by its kind: the app,
 *  WebKitWebProcess, WebKitNetworkProcess). */
function pss(pids, appPath) {
  let kib = 0;
  const each = {};
  for (const pid of pids) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const m = /^Pss:\s+(\d+) kB/m.exec(rollup);
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      const kind = exeOf(pid) === appPath ? 'app' : comm;
      if (m) {
        kib += Number(m[1]);
        each[kind] = (each[kind] ?? 0) + Number(m[1]) / 1024;
      }
    } catch {
      // Gone meanwhile.
    }
  }
  return { mib: kib / 1024, each };
}

async function once(app) {
  const path = realpathSync(app.path);
  const t0 = Date.now();
  const browser = await remote({
    hostname: '127.0.0.1',
    port: PORT,
    logLevel: 'error',
    connectionRetryCount: 1,
    capabilities: {
      browserName: 'wry',
      'tauri:options': { application: path, args: app.args ?? [] },
      'wdio:enforceWebDriverClassic': true,
    },
  });
  try {
    await browser.setTimeout({ script: 30_000 });
    const seen = await browser.executeAsync((done) => {
      const fcp = () => performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
      const heading = () => (document.querySelector('main h1')?.textContent ?? '').trim().length > 0;
      let ready = heading() ? performance.now() : null;
      const poll = () => {
        if (ready === null && heading()) ready = performance.now();
        const paint = fcp();
        if (ready !== null && paint) {
          done({ origin: performance.timeOrigin, fcp: paint.startTime, ready, scripts: performance.getEntriesByType('resource').length });
        } else {
          requestAnimationFrame(poll);
        }
      };
      poll();
    });
    const firstText = seen.origin + seen.fcp - t0;
    const ready = seen.origin + seen.ready - t0;
    const wait = t0 + 4000 - Date.now();
    if (wait > 0) await sleep(wait);
    const memory = pss(appProcesses(path), path);
    // Where the time went: from the request until the webview starts
    // loading the page (the process, GTK, WebKit, and what the app does
    // before its window), and from there to the first frame with text.
    const launch = seen.origin - t0;
    return { firstText, ready, launch, page: seen.fcp, pss: memory.mib, processes: memory.each };
  } finally {
    await browser.deleteSession().catch(() => undefined);
    // The next run starts from a machine without this app in memory.
    for (let i = 0; i < 50 && appProcesses(path).length > 0; i++) await sleep(100);
    await sleep(500);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// One unmeasured start of each app, so neither pays for a cold disk cache.
for (const app of [APPS[0], PEER]) await once(app);
const results = Object.fromEntries(APPS.map((a) => [a.name, []]));
for (let i = 0; i < RUNS; i++) {
  // Each entry takes each place in the order equally often.
  const order = APPS.map((_, j) => APPS[(i + j) % APPS.length]);
  for (const app of order) results[app.name].push(await once(app));
}

const med = (name, key) => median(results[name].map((r) => r[key]));
const width = Math.max(...APPS.map((a) => a.name.length));
console.log(`start-up and memory, medians of ${RUNS} alternated runs each (ratio or difference against ${PEER.name}):`);
console.log(`${''.padEnd(width)}  first frame with text   main heading           PSS 4 s after the request`);
for (const app of APPS) {
  const [f, r, m] = ['firstText', 'ready', 'pss'].map((k) => med(app.name, k));
  const [pf, pr, pm] = ['firstText', 'ready', 'pss'].map((k) => med(PEER.name, k));
  const cmp = app === PEER ? ['', '', ''] : [` ${(f / pf).toFixed(2)}×`, ` ${(r / pr).toFixed(2)}×`, ` ${m - pm >= 0 ? '+' : ''}${(m - pm).toFixed(1)} MiB`];
  console.log(
    `${app.name.padEnd(width)}  ${`${f.toFixed(0)} ms${cmp[0]}`.padEnd(23)}${`${r.toFixed(0)} ms${cmp[1]}`.padEnd(23)}${m.toFixed(1)} MiB${cmp[2]}`,
  );
}
console.log('where it went (medians): request → page starts loading → first text; PSS per process');
for (const app of APPS) {
  const kinds = [...new Set(results[app.name].flatMap((r) => Object.keys(r.processes)))].sort();
  const per = kinds.map((k) => `${k} ${median(results[app.name].map((r) => r.processes[k] ?? 0)).toFixed(1)}`).join(', ');
  console.log(`${app.name.padEnd(width)}  ${med(app.name, 'launch').toFixed(0)} ms + ${med(app.name, 'page').toFixed(0)} ms; ${per} MiB`);
}
if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify({ runs: RUNS, apps: APPS, results }, null, 2));
