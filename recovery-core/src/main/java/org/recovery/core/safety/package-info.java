/**
 * The private safety screening for fear, violence and coercive control. Nothing of a screening is
 * ever visible to the other partner; a flagged screening changes what the product offers.
 */
package org.recovery.core.safety;
