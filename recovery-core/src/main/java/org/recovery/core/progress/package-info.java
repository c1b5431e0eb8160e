/**
 * The progress engine: recovery models as data (stages, practices, gates and every threshold with
 * its source), stage movement decided with a model, and the progress report that explains, with
 * measured and required values, where a couple stands and what would move them on.
 */
package org.recovery.core.progress;
