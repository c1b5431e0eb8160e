/**
 * Boundaries both partners agree to — about privacy and devices, communication, social contact,
 * personal space, money. A boundary, its revisions and its withdrawal take effect only when both
 * partners have agreed; one partner alone can never impose one.
 */
package org.recovery.core.boundary;
