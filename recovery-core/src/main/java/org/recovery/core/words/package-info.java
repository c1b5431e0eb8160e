/**
 * The plain words a person sees for every value the library names with an enum: one vocabulary for
 * every app and report, so no screen ever shows a constant's name. See {@link
 * org.recovery.core.words.Vocabulary}.
 */
package org.recovery.core.words;
