// jest's module runtime cannot `require` an ES module (Node 20.19+ can). @fastify/static (used by the gateway
// and by Swagger UI) requires the ESM-only content-disposition, so under jest it is loaded with Node's own require.
/* global module, require, __filename */
// eslint-disable-next-line @typescript-eslint/no-require-imports
module.exports = require('node:module').createRequire(__filename)('content-disposition');
