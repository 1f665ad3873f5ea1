// The one place zod is imported from. Extension pages run under a CSP that forbids eval, so zod
// must run jitless; zod/mini keeps the worker bundle small.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
