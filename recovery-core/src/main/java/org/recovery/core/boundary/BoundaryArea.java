package org.recovery.core.boundary;

/** The part of life a boundary is about. */
public enum BoundaryArea {
  /** Privacy, phones, computers, accounts. */
  PRIVACY_AND_DEVICES,
  /** How the partners talk, especially when emotions run high. */
  COMMUNICATION,
  /** Friends, colleagues, social media, contact with others. */
  SOCIAL_CONTACT,
  /** Time and room of one's own. */
  PERSONAL_SPACE,
  /** Spending, accounts, financial openness. */
  MONEY,
  /** Anything else. */
  OTHER
}
