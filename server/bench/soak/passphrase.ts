/** The soak server's passphrase: the bench signs in with it as a trainer would. */
export const SOAK_PASSPHRASE = 'soak-passphrase-samenspel';
