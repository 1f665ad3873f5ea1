import { z } from './zod';

/** Where something is on the page: enough to re-find it, show it and name it. Never a DOM node. */
export const LocatorSchema = z.object({
  /** CSS path from the document root, e.g. `body>div:nth-of-type(2)>table:nth-of-type(1)>…>td:nth-of-type(3)`. */
  selector: z.string().check(z.maxLength(2000)),
  /** Short normalised text of the element, to show and to re-find. */
  snippet: z.string().check(z.maxLength(200)),
  /** Frame path ("0" is the top frame); absent for the top frame. */
  frame: z.optional(z.string().check(z.maxLength(200))),
  /** A table cell named by its row and column headers ("（七）总计 / 自然人"), when known. */
  label: z.optional(z.string().check(z.maxLength(200))),
});
export type Locator = z.infer<typeof LocatorSchema>;
