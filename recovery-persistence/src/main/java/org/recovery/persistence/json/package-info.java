/**
 * Shared strict-JSON reading for the document formats of this module (recovery models,
 * instruments): {@link org.recovery.persistence.json.Documents} parses one document and refuses
 * anything after it, {@link org.recovery.persistence.json.Fields} reads the fields of an object
 * strictly, and {@link org.recovery.persistence.json.Paths} names the place of each problem ({@code
 * stages[2].gates[1].days}). Every error is a {@link
 * org.recovery.persistence.json.JsonFormatException} of the reader's own type, made by the factory
 * that reader passes in.
 *
 * <p>Internal to recovery-persistence; not an API. The types are public only so that the {@code
 * model} and {@code instrument} packages can share them (the module has no module-info to hide
 * them); they may change without notice.
 */
package org.recovery.persistence.json;
