/** The web reads every phrase from the one locale module shared with the server. */
export { fieldLabel, zh } from '../../common/locale/index.js';
