/** Meridian's version, as the API, the OpenAPI document and `meridian --version` report it. */
export const VERSION = '0.1.0';
