// A fake provider of the VNG ZGW Zaken (1.7) and Catalogi (1.4) APIs for
// the end-to-end tests, on 127.0.0.1 at the port given: the same cases as
// the Rust tests' fake (crates/wegwijs-fake-zgw) for BSN 999993653, and
// every request's JWT checked (HS256 with SECRET below) as a provider
// would. Prints its origin on stdout once it listens.

import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const SECRET = 'zgw test secret';
const BSN = '999993653';
const port = Number(process.argv[2]);
const o = `http://127.0.0.1:${port}`;
const z = `${o}/zaken/api/v1`;
const c = `${o}/catalogi/api/v1`;

const page = (next, results) => ({ count: results.length, next, previous: null, results });
const cases = `/zaken/api/v1/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${BSN}`;
const st = (id, n, zaaktype, omschrijving, statustekst, informeren) => ({
  url: `${c}/statustypen/${id}`, omschrijving, statustekst, volgnummer: n, informeren, zaaktype: `${c}/zaaktypen/${zaaktype}`,
});

const routes = new Map([
  [cases, page(`${z}/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${BSN}&page=2`, [
    { url: `${z}/zaken/a`, identificatie: 'ZAAK-2026-0042', omschrijving: 'Dakkapel aan de achterkant', zaaktype: `${c}/zaaktypen/omgeving`,
      registratiedatum: '2026-11-02', startdatum: '2026-11-02', einddatum: null, uiterlijkeEinddatumAfdoening: '2026-12-28', resultaat: null },
    { url: `${z}/zaken/b`, identificatie: 'INTERN-7', omschrijving: 'Interne toets', zaaktype: `${c}/zaaktypen/intern`,
      registratiedatum: '2026-11-03', startdatum: '2026-11-03', einddatum: null, uiterlijkeEinddatumAfdoening: null, resultaat: null },
  ])],
  [`${cases}&page=2`, page(null, [
    { url: `${z}/zaken/c`, identificatie: 'ZAAK-2026-0007', omschrijving: '', zaaktype: `${c}/zaaktypen/wmo`,
      registratiedatum: '2026-09-01', startdatum: '2026-09-01', einddatum: '2026-10-15', resultaat: `${z}/resultaten/c` },
  ])],
  ['/catalogi/api/v1/zaaktypen/omgeving', { url: `${c}/zaaktypen/omgeving`, omschrijving: 'Omgevingsvergunning', indicatieInternOfExtern: 'extern', doorlooptijd: 'P8W' }],
  ['/catalogi/api/v1/zaaktypen/intern', { url: `${c}/zaaktypen/intern`, omschrijving: 'Intern', indicatieInternOfExtern: 'intern', doorlooptijd: 'P2W' }],
  ['/catalogi/api/v1/zaaktypen/wmo', { url: `${c}/zaaktypen/wmo`, omschrijving: 'Aanvraag Wmo-voorziening', indicatieInternOfExtern: 'extern', doorlooptijd: 'P56D' }],
  [`/catalogi/api/v1/statustypen?zaaktype=${c}/zaaktypen/omgeving`, page(null, [
    st('o3', 3, 'omgeving', 'Besluit', 'Er is een besluit', true),
    st('o1', 1, 'omgeving', 'Ontvangen', 'We hebben je aanvraag ontvangen', true),
    st('o2', 2, 'omgeving', 'In behandeling', '', false),
  ])],
  [`/catalogi/api/v1/statustypen?zaaktype=${c}/zaaktypen/wmo`, page(null, [
    st('w1', 1, 'wmo', 'Ontvangen', 'Ontvangen', true),
    st('w2', 2, 'wmo', 'Afgehandeld', 'Klaar', true),
  ])],
  [`/zaken/api/v1/statussen?zaak=${z}/zaken/a`, page(null, [
    { url: `${z}/statussen/a2`, zaak: `${z}/zaken/a`, statustype: `${c}/statustypen/o2`, datumStatusGezet: '2026-11-20T10:00:00Z' },
    { url: `${z}/statussen/a1`, zaak: `${z}/zaken/a`, statustype: `${c}/statustypen/o1`, datumStatusGezet: '2026-11-02T09:30:00Z' },
  ])],
  [`/zaken/api/v1/statussen?zaak=${z}/zaken/c`, page(null, [
    { url: `${z}/statussen/c1`, zaak: `${z}/zaken/c`, statustype: `${c}/statustypen/w1`, datumStatusGezet: '2026-09-01T08:00:00' },
    { url: `${z}/statussen/c2`, zaak: `${z}/zaken/c`, statustype: `${c}/statustypen/w2`, datumStatusGezet: '2026-10-15T14:00:00+02:00' },
  ])],
  ['/zaken/api/v1/resultaten/c', { url: `${z}/resultaten/c`, zaak: `${z}/zaken/c`, resultaattype: `${c}/resultaattypen/toegekend` }],
  ['/catalogi/api/v1/resultaattypen/toegekend', { url: `${c}/resultaattypen/toegekend`, omschrijving: 'Toegekend' }],
]);

function validJwt(header) {
  const token = header?.startsWith('Bearer ') ? header.slice(7) : '';
  const [h, p, sig] = token.split('.');
  if (!h || !p || !sig) return false;
  const want = createHmac('sha256', SECRET).update(`${h}.${p}`).digest('base64url');
  const a = Buffer.from(sig);
  const b = Buffer.from(want);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return false;
  const head = JSON.parse(Buffer.from(h, 'base64url').toString());
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
  return head.alg === 'HS256' && claims.client_id === 'wegwijs-test' && typeof claims.iat === 'number';
}

createServer((req, res) => {
  const send = (status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (!validJwt(req.headers.authorization)) return send(401, { detail: 'not authenticated' });
  const body = routes.get(decodeURIComponent(req.url ?? ''));
  return body ? send(200, body) : send(404, { detail: 'not found' });
}).listen(port, '127.0.0.1', () => process.stdout.write(`${o}\n`));
