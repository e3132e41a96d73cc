// English UI text. zh-CN.ts mirrors every key (its type is checked against this object).
// Finding and reminder texts are worded here from the parameters the engine gives
// (findings.text, reminders.text); their English is exactly the engine's, which the CLI and
// notifications print.
// Checklist steps are shared/workflows' texts (the CLI prints the same ones).
import {
  AUDIT_CHECKLIST,
  LEAK_RESPONSE_CHECKLIST,
  ROTATION_CHECKLIST,
  type StepText,
} from '../../../shared/workflows';

type Steps = Record<string, { title: string; detail: string }>;
const byNumber = (list: readonly (StepText & { n: number })[]): Steps =>
  Object.fromEntries(list.map((s) => [String(s.n), { title: s.title, detail: s.detail }]));

const rotationSteps = byNumber(ROTATION_CHECKLIST);
const auditSteps = byNumber(AUDIT_CHECKLIST);
const leakSteps = byNumber(LEAK_RESPONSE_CHECKLIST);
export const en = {
  app: {
    name: 'Keyward',
    tagline: 'A local vault for your exchange API keys',
    loading: 'Opening Keyward…',
    skip: 'Skip to content',
  },
  nav: {
    keys: 'Keys',
    findings: 'Findings',
    audit: 'Monthly audit',
    services: 'Services',
    trash: 'Trash',
    importKeys: 'Import',
    scanCopies: 'Find copies',
    settings: 'Settings',
    add: 'Add key',
    lock: 'Lock',
    main: 'Main',
    shortcuts: 'Shortcuts: Ctrl/Cmd+F search, Ctrl/Cmd+N add key, Ctrl/Cmd+L lock',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    back: 'Back',
    close: 'Close',
    done: 'Done',
    edit: 'Edit',
    remove: 'Remove',
    yes: 'Yes',
    no: 'No',
    unknown: 'Unknown',
    none: 'None',
    working: 'Working…',
    unsafeChar:
      'Remove the invisible character {{char}}: control and text-direction characters are not accepted.',
    unsafeCharNotes:
      'Remove the invisible character {{char}}: control and text-direction characters are not accepted (line breaks and tabs are fine).',
    error: 'Something went wrong',
    errorBody: 'This screen could not be shown. Your vault is not affected.',
    reload: 'Reload',
    noBridge: 'Keyward runs only inside its desktop app.',
    dismiss: 'Dismiss',
  },
  // Issue 13 §7 (lib/error-words.ts, lib/history-words.ts): errors and history in words.
  words: {
    keyNoFindings: 'No findings: this key follows the rules.',
    auditInProgress: 'An audit is in progress, started {{date}}.',
    // Why a rotation button is disabled, shown beside it (aria-describedby).
    rotationWhy: {
      previous: 'Mark the step before this one done first.',
      newKey: 'Enter the new API key and secret first.',
      newPassphrase: 'Enter the new API passphrase too.',
      awaitingApiKey: 'Record the API key the exchange gave for the new public key first.',
    },
    errorDetail: 'Details:',
    // Between a button's label and what it acts on ("Mark done: Review every key").
    colon: ': ',
    errors: {
      unknown: 'The app could not finish this action.',
      code: {
        invalid:
          'Keyward cannot take this as it is: correct it and try again. Nothing was changed.',
        locked: 'The vault is locked: unlock it and try again.',
        'not-found': 'This is no longer in the vault.',
        'no-vault': 'There is no vault here yet: create one first.',
        'vault-exists': 'A vault already exists here; nothing was changed.',
        'passphrase-required': 'This vault needs its passphrase: type it to go on.',
        'wrong-passphrase': 'That passphrase does not open this vault. Check it and try again.',
        'wrong-recovery-key':
          'That recovery key does not open this vault. Compare it with the one you wrote down.',
        'keychain-unavailable':
          'The system keychain cannot be reached: unlock it, or open the vault with its recovery key.',
        'vault-key-missing':
          'The system keychain has no key for this vault: open it with its recovery key.',
        'vault-unreadable':
          'The vault file cannot be read (damaged, cut short, or made by a newer Keyward); nothing was changed.',
        conflict: 'The vault changed at the same moment; nothing was saved. Try again.',
        refused: 'Not confirmed: nothing was copied or revealed.',
        'rate-limited':
          'Too many secrets copied or revealed in a row. Wait a moment and try again.',
        forbidden: 'Keyward refused this request.',
        internal:
          'Something went wrong inside Keyward; nothing was changed. Try again, or restart the app.',
      },
    },
    history: {
      separator: ', ',
      granted: '{{name}} granted',
      removed: '{{name}} removed',
      withSubject: '{{title}} ({{subject}})',
      acceptedThrough: '{{what}}, accepted through {{date}}: {{note}}',
      field: {
        label: 'label',
        provider: 'exchange',
        account: 'account',
        useCase: 'use case',
        rotationIntervalDays: 'rotation interval',
        notes: 'notes',
        ipWhitelist: 'IP whitelist',
        ipRestricted: 'IP restriction',
        service: 'service',
        environment: 'environment',
        host: 'API host',
        passphrase: 'API passphrase',
        extras: 'other exchange permissions',
        keyType: 'key type',
        apiKey: 'API key',
        tags: 'tags',
      },
    },
  },
  firstRun: {
    title: 'Create your vault',
    intro:
      'Keyward keeps your exchange API keys encrypted on this computer. The vault key is stored in your system keychain.',
    noKeychain:
      'No system keychain is reachable on this computer, so the vault needs a passphrase.',
    usePassphrase: 'Also protect the vault with a passphrase',
    passphrase: 'Passphrase',
    passphraseAgain: 'Passphrase again',
    passphraseHint: 'At least 8 characters. Unlocking and revealing a secret will ask for it.',
    keepKeychain: 'Keep the vault key in the keychain too (unlock without typing it)',
    mismatch: 'The two passphrases differ.',
    tooShort: 'The passphrase needs at least 8 characters.',
    create: 'Create vault',
    recoveryTitle: 'Your recovery key',
    recoveryIntro:
      'This is shown only once. Write it down and keep it somewhere safe, offline. With it you can open the vault on a new computer or if the keychain entry is lost.',
    recoveryConfirm: 'To confirm you saved it, type group {{n}} of the recovery key.',
    recoveryGroup: 'Group {{n}}',
    recoveryWrong: 'That is not group {{n}}. Look at what you wrote down and try again.',
    recoverySaved: 'I have saved it',
  },
  unlock: {
    title: 'Unlock your vault',
    passphrase: 'Passphrase',
    unlock: 'Unlock',
    keychainHint: 'The vault key is in your system keychain.',
    recoverTitle: 'Recover with the recovery key',
    recoverIntro:
      'Lost the keychain entry or moved to a new computer? Type the recovery key you wrote down when the vault was created.',
    recoveryKey: 'Recovery key',
    recover: 'Recover',
    showRecover: 'Use the recovery key instead',
    recoverNewPassphraseIntro:
      'This vault is protected by a passphrase only, and stays so: choose a new passphrase to open it with from now on.',
    newPassphrase: 'New passphrase',
    newPassphraseAgain: 'New passphrase again',
    rekeyed:
      'The vault was re-keyed by another Keyward (the keyward command or another window), so it locked. Unlock it again. If you did not re-key it, check who can use your computer.',
  },
  vaultSettings: {
    autoLockEmpty: 'Type a number of minutes from 1 to 1440; nothing was saved.',
    autoLockRange: 'The auto-lock time is from 1 to 1440 whole minutes; nothing was saved.',
    autoLockHint: 'Saved when you leave the field or press Enter.',
    lockKeychainOnly:
      'What locking protects: this vault has no passphrase, so the system keychain opens it without asking. Anyone signed in to this computer can open it. Locking hides the keys on screen and clears the clipboard; set a passphrase below for a lock that needs one.',
    lockKeychainKept:
      'What locking protects: the system keychain also keeps the vault key, so anyone signed in to this computer can open it without the passphrase. For a lock that needs the passphrase, change it below without keeping the key in the keychain.',
    lockPassphrase:
      'What locking protects: once locked, the vault opens only with its passphrase or the recovery key.',
    passphrase: {
      title: 'Vault passphrase',
      introNone:
        'No passphrase: the system keychain opens the vault. A passphrase makes unlocking, copying and revealing a secret ask for it.',
      introSet:
        'The vault has a passphrase. Change it, or remove it so that the system keychain alone opens the vault.',
      current: 'Current vault passphrase',
      next: 'New vault passphrase',
      again: 'New vault passphrase again',
      keepKeychain: 'Keep the vault key in the keychain too (unlock without typing the passphrase)',
      set: 'Set passphrase',
      change: 'Change passphrase',
      remove: 'Remove passphrase…',
      removeConfirm:
        'Remove the passphrase? The system keychain alone then opens the vault: anyone signed in to this computer can open it.',
      removeYes: 'Yes, remove it',
      cancel: 'Cancel',
      currentMissing: 'Type the current vault passphrase first.',
      noKeychain:
        'The passphrase cannot be removed here: no system keychain is reachable on this computer, and without a passphrase only the keychain would open the vault.',
      setDone: 'Passphrase set. Unlocking now asks for it.',
      changeDone:
        'Passphrase changed. The old passphrase still opens the backups made before; if it may have leaked, make a new recovery key below (re-key), which revokes it.',
      removeDone: 'Passphrase removed; the system keychain opens the vault.',
    },
    kit: {
      intro:
        'Print it or save it as an emergency kit (one page with the key and how to use it). Keep the paper offline; delete a saved file once printed.',
      pdf: 'Save as PDF…',
      text: 'Save as text…',
      saved: 'Emergency kit saved.',
      cancelled: 'Nothing saved.',
    },
    banner: {
      label: 'Recovery key',
      text: 'You have not confirmed that the recovery key of this vault is stored. Without it, a lost keychain or a new computer loses every key.',
      stored: 'I have stored it',
      newKey: 'Make a new recovery key',
    },
    recoveryField: {
      showLabel: 'Show the recovery key',
      hint: 'Dashes are added for you; case does not matter, and I, L and O read as 1 and 0.',
    },
    lockReason: {
      idle: 'The vault locked itself after the auto-lock time without activity.',
      screenLock: 'The vault locked because the screen locked.',
      suspend: 'The vault locked because the computer went to sleep.',
      user: 'The vault was locked.',
    },
    rekeyTitle: 'New recovery key (re-key the vault)',
  },
  list: {
    title: 'Keys',
    search: 'Search keys',
    searchPlaceholder: 'Label, service, IP, permission, tag or fingerprint',
    provider: 'Exchange',
    status: 'Status',
    findingFilter: 'Findings',
    all: 'All',
    withFindings: 'With findings',
    critical: 'With a critical finding',
    noFindings: 'No findings',
    sort: 'Sort by',
    sortDue: 'Rotation due date',
    sortLabel: 'Label',
    sortFindings: 'Worst findings',
    count_one: '{{count}} key',
    count_other: '{{count}} keys',
    shown: '{{shown}} of {{total}} shown',
    loadingRest: 'The first {{loaded}} of {{total}} keys; loading the rest…',
    emptyTitle: 'No keys yet',
    emptyBody:
      'When an exchange shows you a new API key and its secret, add it here right away: the exchange shows the secret only once. Keyward then reminds you when to rotate it and points out risky settings.',
    emptyAction: 'Add your first key',
    noMatch: 'No key matches these filters.',
    columns: 'Key list',
    ipOn: 'IP whitelist: {{count}}',
    ipOff: 'No IP whitelist',
    due: 'Rotate by {{date}}',
    findings_one: '{{count}} finding',
    findings_other: '{{count}} findings',
    noFinding: 'No findings',
  },
  keyList: {
    loading: 'Loading the keys…',
    loadFailed: 'The keys could not be loaded.',
    retry: 'Retry',
    compact: 'Compact rows',
    tag: 'Tag',
    sortExchange: 'Exchange',
    sortCreated: 'Created (newest first)',
    sortRotated: 'Last rotated (newest first)',
    sortCopied: 'Last copied (newest first)',
    dueIn: 'Rotate {{distance}}',
    dueToday: 'Rotate today',
    overdue: 'Overdue: due {{distance}}',
    tags: 'Tags',
    tagsField: 'Tags (optional)',
    tagsHint:
      'Separated by commas, e.g. the server or strategy: vps-1, grid. The key list filters by them.',
    fingerprintTitle:
      "API key fingerprint: first and last 4 characters, as the exchange's API page shows them",
  },
  permission: {
    read: 'Read',
    spotMargin: 'Spot & Margin Trading',
    futures: 'Futures Trading',
    withdrawals: 'Withdrawals',
    withdrawalsBadge: 'WITHDRAWALS',
  },
  permissionHelp: {
    read: 'Reads balances, trade history, orders and market data; cannot move anything.',
    spotMargin: 'Creates and cancels spot orders and trades on margin with your funds.',
    futures: 'Creates and cancels futures orders, with leverage.',
    withdrawals: 'Moves assets to external addresses: whoever holds the key can empty the account.',
  },
  useCase: {
    'portfolio-tracking': 'Portfolio tracking',
    'tax-reports': 'Tax reports',
    'spot-bot': 'Spot trading bot',
    'futures-bot': 'Futures trading bot',
    'auto-transfer': 'Auto transfer',
    custom: 'Custom',
  },
  provider: {
    binance: 'Binance',
    coinbase: 'Coinbase',
    kraken: 'Kraken',
    okx: 'OKX',
    bybit: 'Bybit',
    other: 'Other',
  },
  keyType: {
    hmac: 'HMAC (made by the exchange)',
    ed25519: 'Ed25519 (self-generated)',
    rsa: 'RSA (self-generated)',
    ecdsa: 'EC (ECDSA, made by the exchange)',
  },
  status: {
    active: 'Active',
    rotating: 'Rotating',
    compromised: 'Compromised',
    revoked: 'Revoked',
  },
  severity: {
    critical: 'Critical',
    high: 'High',
    medium: 'Medium',
    low: 'Low',
    info: 'Info',
  },
  due: {
    overdue: 'Overdue since {{date}}',
    soon: 'Due {{date}}',
    ok: 'Due {{date}}',
  },
  add: {
    title: 'Add a key',
    step1: '1. What is the key for?',
    step2: '2. Permissions',
    step3: '3. Where is it used?',
    step4: '4. The key itself',
    provider: 'Exchange',
    useCase: 'Use case',
    presetNote: 'Pre-set for {{useCase}}: only what this job needs.',
    label: 'Label',
    labelHint: 'Name the service and purpose, e.g. "3Commas - Trading Bot".',
    account: 'Exchange account (optional)',
    ipWhitelist: 'IP whitelist',
    ipHint: 'One IPv4/IPv6 address or CIDR range per line. Strongly recommended.',
    ipInvalid: 'Line {{line}}: {{reason}}',
    service: 'Service that uses this key',
    serviceHint: 'Pick one you assessed or type a new name. One key per service.',
    serviceFlags_one: '{{count}} red flag recorded for this service',
    serviceFlags_other: '{{count}} red flags recorded for this service',
    serviceNotAssessed: 'Not assessed yet: check it under Services before trusting it.',
    serviceClean: 'Assessed: no red flags.',
    rotationDays: 'Rotate every (days)',
    kind: 'Key type',
    kindHmac: 'The exchange gave me an API key and a secret',
    kindEd25519: 'Generate an Ed25519 key pair here (recommended by Binance)',
    onceTitle: 'The exchange shows the secret only once',
    onceBody:
      'Paste the API key and the secret now, before you close the exchange page. If the secret is lost, the only fix is to delete the key and create a new one.',
    apiKey: 'API key',
    secret: 'Secret key',
    notes: 'Notes (optional)',
    liveFindings: 'What Keyward sees in this key',
    noLiveFindings: 'No findings: this key follows the rules.',
    save: 'Save key',
    generate: 'Generate key pair',
    saved: 'Saved "{{label}}". The secret was encrypted and dropped from this screen.',
    pemTitle: 'Public key for the exchange',
    pemBody:
      'Paste this public key into the exchange\'s "self-generated" API key form. The private key stays encrypted in Keyward. When the exchange shows the API key, record it on the key\'s page.',
    copyPem: 'Copy public key',
    pemCopied: 'Public key copied',
    openKey: 'Open the key',
    invalidForm: 'Fix the highlighted fields first.',
    required: 'Required.',
  },
  // Issue 13 §1: the add form keeps the once-only secret safe.
  addForm: {
    stepKey: '1. The key the exchange shows you',
    stepWhat: '2. What is the key for?',
    stepPermissions: '3. Permissions',
    stepWhere: '4. Where is it used?',
    saveNow: 'Save now, finish the details later',
    saveNowHint:
      "Saves the key at once; what is not filled in yet takes the use case's defaults (its permissions, no IP whitelist). The key's page then lists what is left to do.",
    savedNow:
      'Saved "{{label}}" with the use case\'s defaults. The secret is encrypted; finish the details on this page.',
    autoLabel: '{{provider}} key {{date}}',
    discardTitle: 'Discard this secret?',
    discardBody:
      'The exchange will not show it again. Without it you would have to delete the key at the exchange and make a new one.',
    discard: 'Discard the secret',
    keepEditing: 'Keep editing',
    autoLockWait:
      'You have been away: Keyward locks in {{time}} and this unsaved key will be discarded. Save it now.',
    discarded: {
      'screen-lock': 'The vault locked when the screen locked; the unsaved key was discarded.',
      suspend: 'The vault locked when the computer went to sleep; the unsaved key was discarded.',
      idle: 'The vault locked after you were away; the unsaved key was discarded.',
      other: 'The vault locked; the unsaved key was discarded.',
    },
    discardedNext:
      'The exchange will not show that secret again: delete that key at the exchange and make a new one.',
    strippedApiKey: 'Removed spaces and line breaks from the pasted API key.',
    strippedSecret: 'Removed spaces and line breaks from the pasted secret.',
    fingerprint: "Fingerprint {{fingerprint}}: compare it with the key on the exchange's API page.",
    show: 'Show',
    hide: 'Hide',
    showField: 'Show {{field}}',
    hideField: 'Hide {{field}}',
    mixupSame: 'The API key and the secret are the same: one of them was probably pasted twice.',
    mixupSwapped:
      'The API key and the secret look swapped: check which is which on the exchange page.',
    format: {
      binanceApiKey: 'A Binance API key is 64 letters and digits.',
      binanceSecret: 'A Binance HMAC secret is 64 letters and digits.',
      okxApiKey: 'An OKX API key looks like 1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f.',
      okxSecret: 'An OKX secret is 32 characters, 0-9 and A-F.',
      bybitApiKey: 'A Bybit API key is 18 letters and digits.',
      bybitSecret: 'A Bybit HMAC secret is 36 letters and digits.',
      krakenApiKey: 'A Kraken API key is 56 characters.',
      krakenSecret:
        'A Kraken API secret (Kraken calls it the private key) is 88 characters of base64.',
      pem: 'A private key in PEM: from -----BEGIN PRIVATE KEY----- to -----END PRIVATE KEY-----, lines kept.',
    },
  },
  serviceCheck: {
    open: 'Check this service',
    title: 'Check "{{name}}"',
    intro:
      'Before giving this service a key, look at its reputation, security measures, the permissions it asks for and its terms. Record any red flag.',
    save: 'Save the check',
    close: 'Close',
    notChecked: 'Not checked yet: check it before trusting it with this key.',
    saved: 'Check of "{{name}}" saved.',
    assessmentSaved: 'Assessment of "{{name}}" saved.',
  },
  detail: {
    details: 'Details',
    fingerprint: 'Fingerprint',
    apiKey: 'API key',
    noApiKey: 'No API key recorded yet',
    setApiKey: 'Record the API key the exchange gave you',
    copyApiKey: 'Copy API key',
    copySecret: 'Copy secret',
    clearsIn: 'Clipboard clears in {{seconds}} s',
    openExchange: 'Open the API management page at {{exchange}}',
    copiedApiKey: 'API key copied.',
    copiedSecret: 'Secret copied.',
    fingerprintHint: "First and last 4 characters, as the exchange's API page shows them.",
    clearsNever: 'Copied. The clipboard will not be cleared (see Settings).',
    cleared: 'Clipboard cleared',
    reveal: 'Reveal secret',
    revealApiKey: 'Reveal API key',
    copyPassphrase: 'Copy API passphrase',
    revealPassphrase: 'Reveal API passphrase',
    copiedPassphrase: 'API passphrase copied.',
    host: 'API host',
    environment: 'Environment',
    extras: 'Other exchange permissions',
    apiPassphrase: 'API passphrase',
    passphraseRecorded: 'Recorded',
    passphraseMissing: 'Missing: the exchange refuses this key without it',
    hide: 'Hide',
    hidesIn: 'Hides in {{seconds}} s',
    accessRefused: 'Not confirmed: nothing was copied or revealed.',
    rateLimited: 'Too many secrets copied or revealed in a row. Wait {{seconds}} s and try again.',
    confirming: 'Confirm in the Keyward window that opened…',
    permissions: 'Permissions',
    ipWhitelist: 'IP whitelist',
    service: 'Service',
    account: 'Account',
    useCase: 'Use case',
    type: 'Key type',
    created: 'Created',
    rotated: 'Last rotated',
    nextRotation: 'Next rotation',
    audited: 'Last audited',
    never: 'Never',
    notes: 'Notes',
    findings: 'Findings and fixes',
    history: 'History',
    rotate: 'Rotate key',
    continueRotation: 'Continue rotation',
    leak: 'I think this key leaked',
    leakContinue: 'Continue leak response',
    remove: 'Move to Trash',
    removeConfirm:
      'Move "{{label}}" to the Trash? It is kept there 30 days, its secret still encrypted, and you can restore it. Delete it at the exchange too: this only stops using it here.',
    removed:
      '"{{label}}" is in the Trash for 30 days: restore it from the Trash if this was a mistake.',
    edit: 'Edit key',
    fix: 'Fix',
    publicKey: 'Public key (PEM)',
    notFound: 'This key is no longer in the vault.',
  },
  copyBar: {
    region: 'Clipboard',
    copied: {
      apiKey: 'API key copied.',
      secret: 'Secret copied.',
      passphrase: 'API passphrase copied.',
      env: '.env variables copied.',
    },
    clearsIn: 'Clipboard clears in {{seconds}} s',
    clearsNever: 'The clipboard will not be cleared (see Settings).',
    clearNow: 'Clear now',
    cleared: 'Clipboard cleared',
  },
  fields: {
    title: 'Credentials',
    apiKey: 'API key',
    secret: 'Secret',
    passphrase: 'API passphrase',
    hidden: 'Hidden',
    copy: 'Copy',
    show: 'Show',
    copyApiKey: 'Copy API key',
    copySecret: 'Copy secret',
    copyPassphrase: 'Copy API passphrase',
    showApiKey: 'Show API key',
    showSecret: 'Show secret',
    showPassphrase: 'Show API passphrase',
    copyEnv: 'Copy as .env',
    envHint:
      'Copy as .env gives {{names}}, the variables "keyward exec" sets. It holds the secret: it is confirmed first and cleared from the clipboard like a copied secret.',
    showCommand: 'Show the command',
    commandHint:
      'Replace "{{example}}" with your bot\'s command: it starts with the key in its environment, with no .env file on disk.',
    copyCommand: 'Copy command',
    commandCopied: 'Command copied',
  },
  rowCopy: {
    secret: 'Copy secret',
    apiKey: 'Copy API key',
    secretOf: 'Copy secret of {{label}}',
    apiKeyOf: 'Copy API key of {{label}}',
    nothing: '"{{label}}" has nothing to copy from the list: open the key to see why.',
  },
  history: {
    created: 'Added',
    edited: 'Edited',
    'permissions-changed': 'Permissions changed',
    copied: 'Copied',
    revealed: 'Revealed',
    'api-key-set': 'API key recorded',
    'rotation-started': 'Rotation started',
    'rotation-step': 'Rotation step',
    'rotation-finished': 'Rotation finished',
    'rotation-abandoned': 'Rotation abandoned',
    'audit-step': 'Audit step',
    audited: 'Audited',
    'incident-started': 'Leak response started',
    'incident-step': 'Leak response step',
    'incident-finished': 'Leak response finished',
    removed: 'Deleted for good',
    trashed: 'Moved to the Trash',
    restored: 'Restored from the Trash',
    'risk-accepted': 'Risk accepted',
    'risk-acceptance-withdrawn': 'Risk acceptance withdrawn',
    'exchange-accepted': "Exchange's answer accepted",
    'rotation-verified': 'Rotation verified with the exchange',
  },
  rotation: {
    verify: 'Verify with the exchange',
    verifyNewOk: 'Checked from this machine: the exchange accepts the new key.',
    verifyNewBad: 'Checked from this machine: the exchange does NOT accept the new key yet.',
    verifyOldOk: 'Checked from this machine: the exchange rejects the old key.',
    verifyOldBad:
      'Checked from this machine: the old key still works (or its refusal does not prove it is deleted). Delete it at the exchange, then verify again.',
    title: 'Rotate "{{label}}"',
    intro:
      'Rotate every 3 to 6 months. The new key gets the same least-privilege permissions and the same IP whitelist.',
    start: 'Start rotation',
    abandon: 'Abandon rotation',
    steps: rotationSteps,
    recordNew: 'Save the new key',
    newApiKey: 'API key the exchange gave for the new public key',
    generateNew: 'Generate a new Ed25519 pair',
    newFingerprint: 'New key: {{fp}}',
    markDone: 'Mark done',
    finish: 'I deleted the old key: finish',
    finished: 'Rotation finished. The new key replaced the old one.',
    doneAt: 'Done {{time}}',
  },
  audit: {
    title: 'Monthly audit',
    intro: 'Once a month, walk through every key. An audit is due one month after the last one.',
    last: 'Last audit: {{date}}',
    never: 'No audit yet.',
    start: 'Start the audit',
    finish: 'Finish the audit',
    finished: 'Audit recorded. Next one due in a month.',
    steps: auditSteps,
    markDone: 'Mark done',
    doneAt: 'Done {{time}}',
    nextDue: 'Next audit due {{date}}.',
    keys_one: 'Reviewing {{count}} key',
    keys_other: 'Reviewing {{count}} keys',
  },
  leak: {
    title: 'Leak response: "{{label}}"',
    intro:
      "Act now, in this order. Each step is time-stamped in the key's history. Starting marks the key compromised.",
    start: 'Start leak response: mark this key compromised',
    now: 'Immediately',
    after: 'Afterwards',
    steps: leakSteps,
    note: 'Note for step {{n}} (optional)',
    markDone: 'Mark step {{n}} done',
    doneAt: 'Done {{time}}',
    finish: 'Finish: the key is revoked',
    finished: 'Leak response finished {{time}}. The key is revoked.',
    rekeyHint:
      'If the vault passphrase or recovery key may have leaked too (the same computer, the same notes), re-key the vault: changing the passphrase alone does not revoke the old one.',
    rekeyLink: 'Re-key the vault in Settings',
  },
  trash: {
    title: 'Trash',
    intro:
      'Removed keys stay here 30 days, their secrets still encrypted in the vault, then they are deleted for good. Restore one, or delete it now.',
    loading: 'Loading the Trash…',
    empty: 'The Trash is empty.',
    when: 'Removed {{removed}}; deleted for good on {{deleted}}',
    restore: 'Restore',
    restored: '"{{label}}" is back in the vault.',
    purge: 'Delete for good',
    purgeConfirm:
      'Delete "{{label}}" for good? Its secret is erased from the vault and cannot be restored; its history is kept.',
  },
  undo: {
    button: 'Undo',
    buttonLabel: 'Undo the edit of {{date}}',
    changedSince:
      'Changed since this edit: {{fields}}. Undoing it anyway puts the old values back over those changes too.',
    anyway: 'Undo anyway',
    cancel: 'Cancel',
    done: 'The edit was undone ({{fields}}). The undo is in the history too: undo it to go back.',
    field: {
      label: 'label',
      provider: 'exchange',
      account: 'account',
      useCase: 'use case',
      serviceId: 'service',
      environment: 'environment',
      host: 'API host',
      permissions: 'permissions',
      extras: 'other permissions',
      ipWhitelist: 'IP whitelist',
      rotationIntervalDays: 'rotation interval',
      notes: 'notes',
    },
  },
  backups: {
    title: 'Restore from backup',
    open: 'Restore from backup…',
    settingsIntro:
      'Keyward keeps earlier versions of the vault: bring one back if keys or changes were lost.',
    intro:
      'Each save keeps the version it replaces. Restoring one replaces the keys, the Trash and the history with that version’s. The vault as it is now is kept as a backup first, and your current passphrase and recovery key open the restored vault.',
    back: 'Back to Settings',
    loading: 'Reading the backups…',
    empty: 'There are no backups yet: one is kept at each save.',
    keys_one: '{{count}} key',
    keys_other: '{{count}} keys',
    trash_one: '{{count}} in the Trash',
    trash_other: '{{count}} in the Trash',
    restore: 'Restore',
    restoreLabel: 'Restore the vault as of {{date}}',
    confirm:
      'Replace the vault with its version of {{date}} ({{keys}})? The vault as it is now is kept as a backup.',
    yes: 'Yes, restore',
    cancel: 'Cancel',
    restored:
      'The vault is back as it was on {{date}}. The version it replaced is kept as a backup.',
    otherKey:
      'Made before the vault was last re-keyed: the current vault key cannot open it, so it cannot be restored here (only the recovery key of that time opens it).',
    otherVault: 'Belongs to another vault: it cannot be restored here.',
    unreadable: 'Damaged: it cannot be read.',
  },
  accept: {
    open: 'Accept this risk until…',
    explain:
      'For a finding this key needs by design (an auto-transfer key must withdraw): it is shown as accepted and no longer fails the audit until the day you choose, then it is open again. The reason is kept in the key’s history.',
    until: 'Accepted through',
    note: 'Why this key needs it',
    save: 'Accept the risk',
    badge: 'Accepted',
    accepted: 'Accepted through {{date}}:',
    acceptedShort: 'Accepted:',
    withdraw: 'Withdraw the acceptance',
  },
  services: {
    title: 'Services',
    intro:
      'Before giving a service a key, look at its reputation, security measures, the permissions it asks for and its terms. Record any red flag here.',
    add: 'Add service',
    name: 'Name',
    url: 'Website (optional)',
    empty: 'No services yet.',
    assess: 'Assessment',
    assessedAt: 'Assessed {{date}}',
    notAssessed: 'Not assessed',
    saveAssessment: 'Save assessment',
    keys_one: '{{count}} key',
    keys_other: '{{count}} keys',
    flags: {
      'asks-withdrawals': 'Asks for withdrawal permission it does not need',
      'no-ip-whitelist-support': 'Does not support IP whitelisting',
      'no-security-docs': 'Has no security documentation',
      'vague-operator': 'Vague information about who runs it',
      'unrealistic-returns': 'Promises unrealistic returns',
      'asks-disable-ip-whitelist': 'Asks you to disable IP whitelisting',
    },
  },
  // Findings as a to-do list: the Needs attention strip, findings grouped by key, actions.
  todo: {
    tabCount_one: '{{count}} open finding',
    tabCount_other: '{{count}} open findings',
    attention: {
      title: 'Needs attention',
      openAudit: 'Open the audit',
      snoozeDay: 'Snooze 1 day',
      snoozeWeek: 'Snooze 1 week',
      snoozeUntil: 'Snooze until…',
      untilDay: 'Snooze until the day',
      snoozeSave: 'Snooze',
      snoozedNotice: 'Snoozed: {{title}}. No notification about it until then.',
    },
    groups: {
      vault: 'The whole vault',
      open_one: '{{count}} open',
      open_other: '{{count}} open',
      accepted_one: '{{count}} accepted',
      accepted_other: '{{count}} accepted',
      openKey: 'Open "{{label}}"',
    },
    actions: {
      rotate: 'Start rotation',
      setDays: 'Set rotation to {{days}} days',
      editIp: 'Edit the IP whitelist',
      daysSet: 'Rotation of "{{label}}" set to every {{days}} days.',
    },
  },
  reminders: {
    title: 'Reminders due',
    open: 'Open the key',
    snoozed: 'Snoozed',
    // Title and body of each reminder kind (ReminderView.params). The English must be exactly
    // core's (the notification text); `anonymous` is the body when it names no key.
    text: {
      'rotation-due-soon': {
        title: 'Key rotation coming up',
        body_one: '"{{label}}" is due for rotation in {{count}} day ({{date}}).',
        body_other: '"{{label}}" is due for rotation in {{count}} days ({{date}}).',
        anonymous_one:
          'An API key is due for rotation in {{count}} day ({{date}}). Unlock Keyward to see which.',
        anonymous_other:
          'An API key is due for rotation in {{count}} days ({{date}}). Unlock Keyward to see which.',
      },
      'rotation-due': {
        title: 'Key rotation due',
        body: '"{{label}}" is due for rotation ({{date}}): create a new key, update the service, then delete the old one.',
        anonymous:
          'An API key is due for rotation ({{date}}): create a new key, update the service, then delete the old one. Unlock Keyward to see which.',
      },
      'rotation-overdue': {
        title: 'Key rotation overdue',
        body_one: '"{{label}}" was due for rotation on {{date}}, {{count}} week ago.',
        body_other: '"{{label}}" was due for rotation on {{date}}, {{count}} weeks ago.',
        anonymous_one:
          'An API key was due for rotation on {{date}}, {{count}} week ago. Unlock Keyward to see which.',
        anonymous_other:
          'An API key was due for rotation on {{date}}, {{count}} weeks ago. Unlock Keyward to see which.',
      },
      'trading-lapse': {
        title: 'Binance will remove trading permission',
        body_one:
          '"{{label}}" has Spot & Margin Trading without an IP whitelist: Binance removes it on {{date}} (in {{count}} day). Add an IP whitelist to keep it.',
        body_other:
          '"{{label}}" has Spot & Margin Trading without an IP whitelist: Binance removes it on {{date}} (in {{count}} days). Add an IP whitelist to keep it.',
        anonymous_one:
          'An API key has Spot & Margin Trading without an IP whitelist: Binance removes it on {{date}} (in {{count}} day). Add an IP whitelist to keep it. Unlock Keyward to see which.',
        anonymous_other:
          'An API key has Spot & Margin Trading without an IP whitelist: Binance removes it on {{date}} (in {{count}} days). Add an IP whitelist to keep it. Unlock Keyward to see which.',
      },
      'exchange-expiry': {
        title: 'API key expires soon',
        body_one:
          'The exchange says "{{label}}" (or its trading permission) expires on {{date}} (in {{count}} day). Bind it to your server\'s IP address or rotate it.',
        body_other:
          'The exchange says "{{label}}" (or its trading permission) expires on {{date}} (in {{count}} days). Bind it to your server\'s IP address or rotate it.',
        anonymous_one:
          "The exchange says an API key (or its trading permission) expires on {{date}} (in {{count}} day). Bind it to your server's IP address or rotate it. Unlock Keyward to see which.",
        anonymous_other:
          "The exchange says an API key (or its trading permission) expires on {{date}} (in {{count}} days). Bind it to your server's IP address or rotate it. Unlock Keyward to see which.",
      },
      'audit-due': {
        title: 'Monthly key audit due',
        body: 'Your monthly API key audit is due (since {{date}}): review keys, delete unused ones, check permissions and IP whitelists.',
      },
      'audit-overdue': {
        title: 'Key audit long overdue',
        body: 'Your API key audit has been due since {{date}}, more than two months: run it now.',
      },
    },
  },
  findings: {
    title: 'Findings',
    intro: 'Everything Keyward found across your keys, worst first.',
    none: 'No findings. Every key follows the rules.',
    vault: 'Vault',
    openKey: 'Open "{{label}}"',
    count_one: '{{count}} finding',
    count_other: '{{count}} findings',
    rule: {
      'withdrawals-enabled': 'Withdrawals enabled',
      'excess-permission': 'Permission beyond the use case',
      'excess-extra': 'Exchange permission beyond the use case',
      'missing-passphrase': 'API passphrase missing',
      'missing-permission': 'Permission missing',
      'custom-permission': 'Custom permission',
      'no-ip-whitelist': 'No IP whitelist',
      'binance-trading-lapse': 'Binance trading permission lapses',
      'rotation-due': 'Rotation due soon',
      'rotation-overdue': 'Rotation overdue',
      'rotation-interval-too-long': 'Rotation interval too long',
      'audit-due': 'Monthly audit due',
      'shared-api-key': 'Key shared between services',
      'account-key-limit': 'Too many keys on one account',
      'service-red-flag': 'Service red flag',
      'compromised-unresolved': 'Leak response unfinished',
      'vague-label': 'Vague label',
      'exchange-drift': 'Exchange differs from the record',
      'exchange-rejected': 'Exchange rejects the key',
      'exchange-expiry': 'Key expires at the exchange',
      'exchange-unchecked': 'Not checked with the exchange',
      'plaintext-copy': 'Plaintext copy outside the vault',
    },
    // Message and fix of each finding, by rule and wording (Finding.text). The English must be
    // exactly the engine's (finding-text.test.ts checks every wording); `term` names the ids a
    // text's parameters carry.
    text: {
      'withdrawals-enabled': {
        message: {
          guarded_one:
            '"{{label}}" can withdraw funds. It is an auto-transfer key restricted to {{count}} IP entry, but a stolen copy used from that server could still move assets out.',
          guarded_other:
            '"{{label}}" can withdraw funds. It is an auto-transfer key restricted to {{count}} IP entries, but a stolen copy used from that server could still move assets out.',
          open: '"{{label}}" can withdraw funds: whoever holds this key can move your assets to an address of their own. It is the most dangerous setting a key has.',
        },
        fix: {
          guarded:
            "Keep the IP whitelist to the one server that needs it, and turn on the exchange's withdrawal address whitelist so funds can only go to your own addresses.",
          autoTransfer:
            "Restrict the key to your server's static IP address at the exchange, or turn Withdrawals off.",
          open: 'Turn off Withdrawals for this key at the exchange and here; almost no service needs it.',
        },
      },
      'excess-permission': {
        message: {
          default:
            '"{{label}}" has {{permission}}, which a {{useCase}} key does not need; it {{explain}}.',
        },
        fix: {
          default:
            'Turn off {{permission}} for this key at the exchange and here, or choose the use case that really needs it.',
        },
      },
      'excess-extra': {
        message: {
          default: '"{{label}}" has {{extra}}, which a {{useCase}} key does not need.',
        },
        fix: {
          default:
            'Turn off {{extra}} for this key at the exchange and here, or choose the use case that really needs it.',
        },
      },
      'missing-passphrase': {
        message: {
          default:
            '"{{label}}" has no API passphrase recorded: OKX refuses every call without it, so no program can use this key from Keyward.',
        },
        fix: {
          default:
            'If you know it, record it (Edit, or keyward set-api-passphrase "{{label}}"). OKX keys need their API passphrase: you chose it when you created the key on OKX, and OKX never shows it again and cannot recover it (if it is lost, delete the key on OKX and create a new one).',
        },
      },
      'missing-permission': {
        message: {
          default: '"{{label}}" lacks {{permission}}, which a {{useCase}} key usually needs.',
        },
        fix: {
          default:
            'If the service reports errors, enable {{permission}} at the exchange and here; otherwise nothing to do.',
        },
      },
      'custom-permission': {
        message: { default: '"{{label}}" has {{permission}}: it {{explain}}.' },
        fix: { default: "Keep {{permission}} only if the key's job needs it." },
      },
      'no-ip-whitelist': {
        message: {
          withdrawals: '"{{label}}" can withdraw funds from any IP address in the world.',
          withdrawalsBinance:
            '"{{label}}" can withdraw funds from any IP address in the world. Binance refuses to enable withdrawals on a key without an IP restriction anyway.',
          trading:
            '"{{label}}" can trade from any IP address: a leaked copy could place orders on your account from anywhere.',
          read: '"{{label}}" has no IP whitelist: a leaked copy would expose your balances and trade history to anyone.',
        },
        fix: {
          withdrawals:
            'Restrict the key to the static IP address of the server that uses it (a cloud server if your home IP changes), or turn Withdrawals off.',
          trading:
            'Add the IP address of the server or service that uses this key to its whitelist at the exchange and here.',
          read: 'Add the IP addresses of the service that uses this key (most services publish them) to its whitelist.',
        },
      },
      'binance-trading-lapse': {
        message: {
          lapsed:
            '"{{label}}" has Spot & Margin Trading without an IP whitelist: Binance removed that permission on {{date}}, 30 days after the key was created.',
          upcoming_one:
            '"{{label}}" has Spot & Margin Trading without an IP whitelist: Binance removes that permission on {{date}} (in {{count}} day), 30 days after the key was created.',
          upcoming_other:
            '"{{label}}" has Spot & Margin Trading without an IP whitelist: Binance removes that permission on {{date}} (in {{count}} days), 30 days after the key was created.',
        },
        fix: {
          default:
            'Add the IP address of the server that trades with this key to its whitelist at Binance and here; the permission then stays.',
        },
      },
      'rotation-due': {
        message: {
          default_one: '"{{label}}" is due for rotation on {{date}}, in {{count}} day.',
          default_other: '"{{label}}" is due for rotation on {{date}}, in {{count}} days.',
        },
        fix: {
          default:
            'Plan the rotation: create a new key, update the service, confirm it works, then delete the old key.',
        },
      },
      'rotation-overdue': {
        message: {
          late_one:
            '"{{label}}" was due for rotation on {{date}}, {{count}} day ago: the longer a key lives, the more places a copy of it may have leaked to.',
          late_other:
            '"{{label}}" was due for rotation on {{date}}, {{count}} days ago: the longer a key lives, the more places a copy of it may have leaked to.',
          today:
            '"{{label}}" was due for rotation on {{date}}, today: the longer a key lives, the more places a copy of it may have leaked to.',
        },
        fix: {
          default:
            'Rotate it now: create a new key with the same permissions and IP whitelist, update the service, confirm it works, delete the old key.',
        },
      },
      'rotation-interval-too-long': {
        message: {
          default:
            '"{{label}}" is rotated only every {{days}} days; keys should be rotated every 3 to 6 months.',
        },
        fix: { default: 'Set its rotation interval to {{max}} days or less (90 is the default).' },
      },
      'audit-due': {
        message: {
          due: 'The monthly audit is due (since {{date}}).',
          overdue_one:
            'The monthly audit has been overdue since {{date}} ({{count}} day): unused keys and widened permissions go unnoticed.',
          overdue_other:
            'The monthly audit has been overdue since {{date}} ({{count}} days): unused keys and widened permissions go unnoticed.',
        },
        fix: {
          default:
            "Run the audit: review every key, delete unused ones, check permissions and IP whitelists against each key's use case, and look through the exchange's API call logs.",
        },
      },
      'shared-api-key': {
        message: {
          default:
            '"{{label}}" holds the same API key as {{others}}: a breach at one service could not be contained by disabling one key.',
        },
        fix: {
          default:
            'Create a separate key for each service at the exchange, give each its own entry here, and delete the shared one.',
        },
      },
      'account-key-limit': {
        message: {
          over: 'The {{provider}} account {{account}} has {{keys}} keys, more than the {{max}} an account can hold: some of these entries are stale or belong to another account.',
          near: 'The {{provider}} account {{account}} has {{keys}} keys, close to the limit of {{max}} per account.',
        },
        fix: {
          default:
            'Delete the keys that are no longer used, at the exchange and here; keep only keys in use.',
        },
      },
      'service-red-flag': {
        message: { default: '"{{label}}" is used by {{service}}, which {{flag}}.' },
        fix: {
          'asks-withdrawals':
            'Do not grant Withdrawals to this service; if it insists, stop using it.',
          'asks-disable-ip-whitelist':
            'Never disable the IP whitelist for a service; find one that publishes its IP addresses.',
          'no-ip-whitelist-support':
            'Prefer a service that publishes static IP addresses, and give this key the fewest permissions possible.',
          'no-security-docs':
            'Ask the service how it stores API keys, or move to one that documents it; keep this key read-only if you can.',
          'vague-operator':
            'Find out who runs the service before trusting it with a key that can trade.',
          'unrealistic-returns':
            'Treat promised returns as a warning sign of a scam; consider revoking this key.',
        },
      },
      'compromised-unresolved': {
        message: {
          default:
            '"{{label}}" is marked compromised and its leak response is not finished ({{done}} of 8 steps done).',
        },
        fix: {
          default:
            'Continue the leak response: delete the key at the exchange first, then check activity and balances, change the account password and contact support if anything looks wrong.',
        },
      },
      'vague-label': {
        message: {
          default:
            '"{{label}}" names neither the service that uses the key nor its purpose; in a hurry (a leak) you need to know at once which key to disable.',
        },
        fix: {
          trading: 'Rename it after its service and purpose, e.g. "{{service}} - Trading Bot".',
          readOnly: 'Rename it after its service and purpose, e.g. "{{service}} - Read Only".',
        },
      },
      'exchange-drift': {
        message: {
          granted:
            'The exchange says "{{label}}" has {{permission}}, which its record does not: the key can do more than you think.',
          lacking:
            '"{{label}}" is recorded with {{permission}}, but the exchange says the key lacks it: whatever uses the key for that will fail.',
          grantedExtra:
            'The exchange says "{{label}}" has {{extra}} switched on, which its record does not.',
          lackingExtra: '"{{label}}" is recorded with {{extra}}, but the exchange says it is off.',
          whitelistRemoved:
            '"{{label}}" is recorded with an IP whitelist, but the exchange says the key has none: a copy of it works from anywhere.',
          whitelistAdded:
            'The exchange says "{{label}}" works only from listed IP addresses, but its record has no IP whitelist.',
          whitelistChanged:
            'The exchange lists other IP addresses for "{{label}}" than its record.',
        },
        fix: {
          granted:
            "Turn {{permission}} off for this key at the exchange unless it is meant to have it; if it is, accept the exchange's answer as the record.",
          grantedExtra:
            "Switch {{extra}} off for this key at the exchange unless it is meant to have it; if it is, accept the exchange's answer as the record.",
          whitelistRemoved:
            'Restrict the key to the IP address of the server that uses it at the exchange again.',
          default:
            'If the exchange is right, accept its answer as the record (keyward check <key> --accept, or Accept in the app); otherwise change the key at the exchange to match the record.',
        },
      },
      'exchange-rejected': {
        message: {
          rejected:
            '"{{label}}" no longer works: on {{date}} the exchange refused it ({{diagnosis}}).',
          ipBlocked:
            'On {{date}} the exchange refused "{{label}}" from the machine that checked it: its IP address is not on the key\'s whitelist (on Binance, the key may also be deleted).',
        },
        fix: {
          rejected:
            'Look for the key at the exchange: if it was deleted or expired, rotate it or remove it here; if the secret or passphrase is wrong, enter the right one. Then check again.',
          ipBlocked:
            "Run the check where the key is allowed, e.g. keyward check on the bot's server.",
        },
      },
      'exchange-expiry': {
        message: {
          keyExpired:
            'The exchange says the key of "{{label}}" expired on {{date}}: whatever uses it can no longer work.',
          keyExpires_one:
            'The exchange says the key of "{{label}}" expires on {{date}}, in {{count}} day.',
          keyExpires_other:
            'The exchange says the key of "{{label}}" expires on {{date}}, in {{count}} days.',
          tradingExpired:
            'The exchange says its Spot & Margin Trading permission of "{{label}}" expired on {{date}}: whatever uses it can no longer trade.',
          tradingExpires_one:
            'The exchange says its Spot & Margin Trading permission of "{{label}}" expires on {{date}}, in {{count}} day.',
          tradingExpires_other:
            'The exchange says its Spot & Margin Trading permission of "{{label}}" expires on {{date}}, in {{count}} days.',
        },
        fix: {
          default:
            'Bind the key to the IP address of the server that uses it at the exchange (whitelisted keys do not expire), or rotate it before then.',
        },
      },
      'exchange-unchecked': {
        message: {
          never:
            '"{{label}}" has never been checked with the exchange: what it can really do is only what was recorded.',
          stale:
            '"{{label}}" was last checked with the exchange on {{date}}: what it can really do may have changed since.',
        },
        fix: { default: 'Check it: keyward check, or Check with exchange in the app.' },
      },
      'plaintext-copy': {
        message: {
          file: 'The {{field}} of "{{label}}" is in plain text in {{path}} (line {{line}}): whoever or whatever reads that file can use the key.',
          history:
            'The {{field}} of "{{label}}" is in plain text in the history file {{path}} (line {{line}}).',
          gitCommit:
            'The {{field}} of "{{label}}" is in the git history of {{repo}} (commit {{ref}}): it stays in every clone even after the file is deleted.',
          gitBlob:
            'The {{field}} of "{{label}}" is in the git history of {{repo}} (blob {{ref}}): it stays in every clone even after the file is deleted.',
        },
        fix: {
          file: 'Delete the copy and keep the key only in Keyward (start the program with "keyward exec"); rotate the key if the file was ever shared, synced or backed up.',
          history:
            'Delete that line from the history (and the entry from the clipboard manager), then rotate the key if the history was synced or backed up.',
          git: "Rotate the key now: deleting the file does not remove it from the repository's history; then rewrite the history (e.g. git filter-repo) if the repository is shared.",
        },
      },
    },
    term: {
      // The stored values a plaintext-copy finding names.
      field: { secret: 'secret', passphrase: 'API passphrase', apiKey: 'API key' },
      // Use cases as the sentences above name them (lower case, as the CLI does); providers
      // capitalised, as the exchanges write their names.
      useCase: {
        'portfolio-tracking': 'portfolio tracking',
        'tax-reports': 'tax reports',
        'spot-bot': 'spot trading bot',
        'futures-bot': 'futures trading bot',
        'auto-transfer': 'auto transfer',
        custom: 'custom',
      },
      explain: {
        read: 'reads balances, trade history, orders and market data; it cannot move anything',
        spotMargin: 'creates and cancels spot orders and trades on margin with your funds',
        futures: 'creates and cancels futures orders, with leverage, on your account',
        withdrawals:
          'moves assets to external addresses: whoever holds the key can empty the account',
      },
      flag: {
        'asks-withdrawals': 'asks for withdrawal permission it does not need',
        'no-ip-whitelist-support': 'does not support IP whitelisting',
        'no-security-docs': 'has no security documentation',
        'vague-operator': 'gives vague information about who runs it',
        'unrealistic-returns': 'promises unrealistic returns',
        'asks-disable-ip-whitelist': 'asks you to disable IP whitelisting',
      },
      provider: {
        binance: 'Binance',
        coinbase: 'Coinbase',
        kraken: 'Kraken',
        okx: 'OKX',
        bybit: 'Bybit',
        other: 'Other',
      },
      diagnosis: {
        'unknown-key': 'the key is unknown to the exchange or was deleted',
        'bad-signature': 'the secret or passphrase stored here does not belong to the key',
        'ip-not-allowed': "the checking machine's IP address is not on the key's whitelist",
        'rate-limited': 'the exchange rate-limited the check',
        unreachable: 'the exchange could not be reached',
        'clock-skew': "the exchange refused the request's time",
        unsupported: 'the exchange cannot be asked',
      },
      unnamedAccount: '(unnamed account)',
    },
  },
  check: {
    title: 'Check with exchange',
    run: 'Check with exchange',
    checking: 'Checking…',
    all: 'Check all',
    allProgress: 'Checking {{done}} of {{total}}…',
    allDone: 'Checked {{total}} keys: {{problems}} need attention.',
    accept: "Accept the exchange's answer",
    never:
      'Not checked yet. Keyward asks the exchange with this key (one read-only request) what it can really do.',
    checkedAt: 'Checked {{date}} at {{host}}',
    expires: 'The exchange says the key (or its trading permission) expires on {{date}}.',
    field: 'Setting',
    recorded: 'Recorded here',
    exchange: 'The exchange says',
    differs: 'differs',
    notSaid: 'not said',
    ipRestricted: 'IP restriction',
    outcome: {
      ok: 'Matches',
      drift: 'Differs from the record',
      rejected: 'Rejected',
      'ip-blocked': 'Refused from this IP',
      'rate-limited': 'Rate limited',
      unreachable: 'Unreachable',
      unsupported: 'Cannot be checked',
    },
  },
  // The credential model (issue 10): what each exchange issues for a key, and where it works.
  credentials: {
    host: 'API host',
    hostHint:
      'A key works only on the host (region) it was made for, e.g. an OKX key made on my.okx.com works on eea.okx.com.',
    noHost: 'No host: Keyward does not know where keys of other exchanges work.',
    environment: 'Environment',
    env: { live: 'Live', testnet: 'Testnet', demo: 'Demo trading' },
    practice: { testnet: 'Testnet', demo: 'Demo' },
    keyType: 'Key type',
    passphrase: 'API passphrase',
    passphraseHint:
      'You chose it when you created the key on OKX; OKX never shows it again and cannot recover it.',
    withPassphrase: 'This key has an API passphrase',
    keyName: 'API key name',
    keyNameHint: 'As Coinbase shows it: organizations/{org_id}/apiKeys/{key_id}',
    privateKey: 'Private key',
    privateKeyHint:
      'The whole private key: EC (-----BEGIN EC PRIVATE KEY----- … several lines) or Ed25519 (base64).',
    extras: "The exchange's other permissions",
    extrasHint:
      'Tick the ones this key has at the exchange; each one the use case does not need is a finding.',
    trade: 'Trade',
    tradeHelp: 'One switch at this exchange: spot and derivatives trading together.',
    hintTitle: 'Worth a second look (kept as typed):',
    hint: {
      'api-key-length': 'This API key is not as long as this exchange usually makes them.',
      'api-key-alphabet': 'This API key has characters this exchange does not usually use.',
      'secret-length': 'This secret is not as long as this exchange usually makes them.',
      'secret-alphabet': 'This secret has characters this exchange does not usually use.',
      'secret-not-pem': 'A private key usually starts with -----BEGIN … PRIVATE KEY-----.',
      'secret-pem-for-hmac':
        'This secret looks like a private key (PEM), but the key type is HMAC.',
      'secret-not-ec-pem': 'A Coinbase EC key starts with -----BEGIN EC PRIVATE KEY-----.',
      'secret-not-ed25519': 'A Coinbase Ed25519 key is base64 of 32 or 64 bytes.',
      'passphrase-length': 'An OKX API passphrase has 8 to 32 characters.',
    },
  },
  importKeys: {
    title: 'Import keys',
    intro:
      'Bring in the keys a .env file, a freqtrade config, a ccxt JSON file, a KeePassXC CSV export or a Bitwarden JSON export holds. The file is not changed.',
    choose: 'Choose a file…',
    file: 'File: {{file}} ({{format}})',
    none: 'This file holds no key that can be imported.',
    include: 'Import {{label}}',
    colInclude: 'Import',
    colLabel: 'Label',
    colExchange: 'Exchange',
    colApiKey: 'API key',
    colUseCase: 'Use case',
    skippedTitle: 'Not imported',
    skipped: '{{label}}: {{reason}}',
    import: 'Import',
    importing: 'Importing…',
    nothingChosen: 'Tick at least one key to import.',
    imported_one: '{{count}} key imported.',
    imported_other: '{{count}} keys imported.',
    readOnly:
      'Keys imported as use case Custom are read only until you record their real permissions (each key’s Edit form).',
    advice:
      '{{file}} still holds these secrets in plain text: delete it and start the program with “keyward exec” (for freqtrade: “keyward exec <key> --preset freqtrade -- freqtrade trade”), and rotate the keys if the file was ever shared, synced or committed.',
    another: 'Import another file',
  },
  scanCopies: {
    title: 'Find plaintext copies',
    intro:
      'Looks for the exact values stored in Keyward (API keys, secrets, API passphrases) in the folders you choose: every copy it finds is a real one, with no false alarm. No part of a secret is shown.',
    chooseFolders: 'Choose folders…',
    noFolders: 'No folder chosen yet.',
    folders: 'Folders: {{folders}}',
    history: 'Also read shell, REPL and clipboard-manager histories',
    git: 'Also read the history of the git repositories found',
    start: 'Scan',
    cancel: 'Cancel',
    progress: '{{files}} files scanned, {{size}}',
    cancelled: 'Scan cancelled: nothing was recorded.',
    done: 'Scanned {{files}} files ({{size}}).',
    none: 'No plaintext copy found.',
    found_one: '{{count}} key has plaintext copies:',
    found_other: '{{count}} keys have plaintext copies:',
    tooShort_one: '{{count}} stored value is shorter than 12 characters and was not searched.',
    tooShort_other: '{{count}} stored values are shorter than 12 characters and were not searched.',
    unreadable: '{{count}} files or folders could not be read.',
    hit: '{{place}} line {{line}}: {{field}}',
    gitHit: 'git history of {{repo}} ({{ref}}): {{field}}',
    field: { apiKey: 'API key', secret: 'secret', passphrase: 'API passphrase' },
    historySource: '(history)',
  },
  // Quick-search palette (global shortcut), its setting, and the test notification.
  quickSearch: {
    title: 'Quick search',
    search: 'Find a key to copy by label or service',
    hint: 'Enter copies the secret · Shift+Enter copies the API key · Esc closes',
    results: 'Keys',
    none: 'No key matches.',
    noApiKey: 'no API key yet',
    copiedSecret: 'Secret of “{{label}}” copied.',
    copiedApiKey: 'API key of “{{label}}” copied.',
    settingTitle: 'Quick search from anywhere',
    settingOn: 'Open the quick-search palette with a global shortcut',
    shortcut: 'Shortcut',
    shortcutHelp:
      'Modifiers and one key joined by +, e.g. CommandOrControl+Shift+K. It works in every app while Keyward runs.',
    saveShortcut: 'Save shortcut',
    shortcutSaved: 'Shortcut saved: {{shortcut}}.',
    shortcutOff: 'Global shortcut switched off.',
    problem: {
      empty: 'Type a shortcut, e.g. CommandOrControl+Shift+K.',
      'too-long': 'A shortcut has at most 60 characters.',
      'unknown-part':
        'Use modifiers (CommandOrControl, Ctrl, Alt, Shift, Super) and one key (A-Z, 0-9, F1-F24, Space…) joined by +.',
      'no-key': 'End the shortcut with one key, e.g. CommandOrControl+Shift+K.',
      'two-keys': 'A shortcut has only one key besides its modifiers.',
      'no-modifier':
        'Add CommandOrControl, Ctrl, Alt or Super: without one the shortcut would take that key from every app.',
      'repeated-modifier': 'Name each modifier once.',
    },
    notificationsTitle: 'Notifications',
    testNotification: 'Send a test notification',
    testSent:
      'Test notification sent. If none appeared, allow notifications for Keyward in your system settings.',
  },
  settings: {
    dailyCheck:
      'Check every active key with its exchange once a day while unlocked (notifies on drift, rejection or coming expiry)',
    title: 'Settings',
    clipboard: 'Clear the clipboard after',
    seconds: '{{count}} seconds',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    never: 'Never',
    neverWarning:
      'A copied secret would stay in the clipboard until you copy something else. Clipboard managers may keep it.',
    autoLock: 'Lock after inactivity (minutes)',
    reminders: 'Reminder notifications',
    hourly: 'Check every hour',
    daily: 'Check once a day',
    off: 'Off',
    language: 'Language',
    theme: 'Theme',
    system: 'Follow the system',
    light: 'Light',
    dark: 'Dark',
    saved: 'Settings saved',
    rekey: {
      title: 'Re-key the vault',
      intro:
        'Gives the vault a new key and a new recovery key, and deletes the backups made under the old key. Do this if the passphrase or the recovery key may have leaked: afterwards neither opens anything. Changing the passphrase alone does not revoke the old one.',
      current: 'Current passphrase',
      currentMissing: 'Type the current passphrase: re-keying a passphrase vault needs it.',
      newPassphrase: 'New passphrase (a passphrase vault stays one)',
      again: 'New passphrase again',
      start: 'Re-key the vault…',
      confirm:
        'Re-key now? The old recovery key and passphrase will open nothing, and you get a new recovery key to write down.',
      yes: 'Yes, re-key',
      cancel: 'Cancel',
      recoveryTitle: 'Your new recovery key',
      recoveryIntro:
        'This is shown only once. Write it down and keep it somewhere safe, offline; destroy the old one, which opens nothing any more.',
      done: 'The vault was re-keyed. The old passphrase and recovery key open nothing now.',
      leftovers_one:
        '{{count}} old backup could not be deleted; delete the backups folder beside the vault by hand.',
      leftovers_other:
        '{{count}} old backups could not be deleted; delete the backups folder beside the vault by hand.',
    },
  },
};

export type Resources = typeof en;
