/**
 * Recovery models as JSON: {@link org.recovery.persistence.model.ModelReader} reads a counselling
 * practice's own model, {@link org.recovery.persistence.model.ModelWriter} writes one (the standard
 * model, say, as a starting point), and {@link org.recovery.persistence.model.ModelFormatException}
 * names the path of whatever a document gets wrong. Core stays free of JSON; docs/custom-models.md
 * is the guide.
 */
package org.recovery.persistence.model;
