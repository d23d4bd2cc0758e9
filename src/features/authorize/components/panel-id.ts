/** The Authorize panel's element id, for the buttons that control it. */
export const AUTHORIZE_PANEL_ID = 'authorize-panel'
