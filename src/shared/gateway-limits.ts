// The gateway's budgets, shared by both ends (the Gateway object checks them before it asks; the
// Agent object's fan-out enforces them): SPEC §2, "no credential can deny another". One gateway
// object serves one credential (`gw:<token id>`, `gw:admin`), so a share per gateway object is a
// share per credential, however many sockets it opens.

/** Channels of one agent a credential's sockets may subscribe to at once (distinct names). */
export const MAX_CHANNELS_PER_CREDENTIAL = 100;

/** Credentials that can each hold their full share of one agent at once (the admin's comes on top). */
export const CREDENTIALS_AT_FULL_SHARE = 100;

/** Gateway subscriptions an agent keeps for token credentials in all: 10,000. */
export const MAX_GATEWAY_SUBS = MAX_CHANNELS_PER_CREDENTIAL * CREDENTIALS_AT_FULL_SHARE;

/** Open sockets per credential (its gateway object refuses the upgrade beyond: 429). */
export const MAX_SOCKETS_PER_CREDENTIAL = 1000;

/** The admin credential's gateway object: its share is kept apart from the agent's total. */
export const ADMIN_GATEWAY = "gw:admin";
