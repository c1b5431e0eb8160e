/**
 * The web demo: a small Javalin server with a JSON API and one page, over recovery-core and
 * recovery-persistence. Start it with {@link org.recovery.web.Main}; see docs/web.md.
 */
package org.recovery.web;
