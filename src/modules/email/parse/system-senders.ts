/** The addresses mail servers write from: a message from one of them was written by no person. */
export const SYSTEM_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;
