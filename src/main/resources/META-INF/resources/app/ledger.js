// Cost Ledger's web page: the address picks the view. A plain client of the public GraphQL API, with no framework.

import { home } from './home.js';
import { modelPage } from './model.js';

const match = location.pathname.match(/^\/models\/([^/]+)$/);
if (match) {
  modelPage(decodeURIComponent(match[1]));
} else {
  home();
}
