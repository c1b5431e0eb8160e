/**
 * Small values shared by every feature of a journey: the ids of journeys and partners, who may see
 * an entry, and the refusal a rule gives when a command breaks it.
 */
package org.recovery.core.common;
