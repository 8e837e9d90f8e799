// A real OpenID Provider for tests: the certified `oidc-provider` package on
// 127.0.0.1, with two public native clients and test users, one of whom
// acts for someone else (the Dutch eID claims). Started by the Rust tests in
// crates/wegwijs-login/tests/ as `node oidc-provider.mjs PORT`; prints
// "listening" when ready.
//
// Instead of HTML login and consent pages, the test browser calls
// GET /interaction/:uid/test?user=ID (or ?cancel=1): it finishes the login
// or consent step as that user (or as "the user pressed cancel").

import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const port = Number(process.argv[2] ?? 4455);
const issuer = `http://127.0.0.1:${port}`;

const USERS = {
  jan: { name: 'Jan Jansen' },
  // Jan's daughter logs in and acts for him (a mandate at the provider).
  ingrid: {
    name: 'Ingrid Jansen',
    'urn:nl-eid-gdi:1.0:ActingSubjectID': 'ingrid',
    'urn:nl-eid-gdi:1.0:LegalSubjectID': 'jan',
  },
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'wegwijs',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      redirect_uris: ['http://127.0.0.1/callback'],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    },
    {
      client_id: 'another-app',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      redirect_uris: ['http://127.0.0.1/callback'],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  pkce: { required: () => true },
  claims: {
    openid: ['sub'],
    profile: ['name', 'urn:nl-eid-gdi:1.0:ActingSubjectID', 'urn:nl-eid-gdi:1.0:LegalSubjectID'],
  },
  // The app reads the claims from the ID token, as DigiD brokers send them.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false }, revocation: { enabled: true } },
  ttl: {
    Interaction: 600,
    Session: 3600,
    Grant: 3600,
    IdToken: 3600,
    AccessToken: 3600,
    AuthorizationCode: 60,
  },
  issueRefreshToken: async () => true,
  async findAccount(_ctx, id) {
    if (!USERS[id]) return undefined;
    return {
      accountId: id,
      async claims() {
        return { sub: id, ...USERS[id] };
      },
    };
  },
});

const callback = provider.callback();

createServer(async (req, res) => {
  const url = new URL(req.url, issuer);
  const match = /^\/interaction\/([^/]+)\/test$/.exec(url.pathname);
  if (!match) {
    callback(req, res);
    return;
  }
  try {
    const details = await provider.interactionDetails(req, res);
    let result;
    if (url.searchParams.get('cancel')) {
      result = { error: 'access_denied', error_description: 'the user cancelled' };
    } else if (details.prompt.name === 'login') {
      result = { login: { accountId: url.searchParams.get('user') ?? 'jan' } };
    } else {
      const grant = new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
      grant.addOIDCScope('openid profile offline_access');
      grant.addOIDCClaims(['name', 'urn:nl-eid-gdi:1.0:ActingSubjectID', 'urn:nl-eid-gdi:1.0:LegalSubjectID']);
      result = { consent: { grantId: await grant.save() } };
    }
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  } catch (e) {
    res.statusCode = 500;
    res.end(String(e));
  }
}).listen(port, '127.0.0.1', () => {
  console.log('listening');
});
