// A fake Speech Dispatcher for the read-aloud tests: it listens on the
// socket the app is pointed at (SPEECHD_ADDRESS, set by `cargo xtask e2e`),
// answers SSIP as the real one does, and keeps every line it was sent, so a
// test sees which text was to be spoken, and in which language.

import { rmSync } from 'node:fs';
import { createServer } from 'node:net';

function reply(line, languages) {
  if (line.startsWith('SET self CLIENT_NAME')) return '208 OK CLIENT NAME SET\r\n';
  if (line === 'LIST SYNTHESIS_VOICES') return languages.map((l) => `249-voice-${l}\t${l}\tnone\r\n`).join('') + '249 OK VOICE LIST SENT\r\n';
  if (line.startsWith('SET self LANGUAGE')) return '201 OK LANGUAGE SET\r\n';
  if (line.startsWith('SET self PRIORITY')) return '202 OK PRIORITY SET\r\n';
  if (line === 'CANCEL self') return '213 OK CANCELED\r\n';
  if (line === 'SPEAK') return '230 OK RECEIVING DATA\r\n';
  return '300 ERR UNKNOWN COMMAND\r\n';
}

/** Starts the fake at `path` with voices for `languages`. */
export function startSpeechd(path, languages) {
  rmSync(path, { force: true });
  const heard = [];
  const server = createServer((socket) => {
    let buffer = '';
    let receiving = false;
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        heard.push(line);
        if (receiving) {
          if (line === '.') {
            receiving = false;
            socket.write('225-1\r\n225 OK MESSAGE QUEUED\r\n');
          }
          continue;
        }
        if (line === 'SPEAK') receiving = true;
        socket.write(reply(line, languages));
      }
    });
    socket.on('error', () => {});
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve({ heard, stop: () => server.close() }));
  });
}
