// 简体中文 UI text. Its type is derived from en.ts, so a missing key fails the type check.
import type { Resources } from './en';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

export const zhCN: Texts<Resources> = {
  app: {
    name: 'Keyward',
    tagline: '保存在本机的交易所 API 密钥保险库',
    loading: '正在打开 Keyward…',
    skip: '跳到主要内容',
  },
  nav: {
    keys: '密钥',
    findings: '检查结果',
    audit: '每月审查',
    services: '第三方服务',
    trash: '回收站',
    importKeys: '导入',
    scanCopies: '查找副本',
    settings: '设置',
    add: '添加密钥',
    lock: '锁定',
    main: '主导航',
    shortcuts: '快捷键：Ctrl/Cmd+F 搜索，Ctrl/Cmd+N 添加密钥，Ctrl/Cmd+L 锁定',
  },
  common: {
    save: '保存',
    cancel: '取消',
    back: '返回',
    close: '关闭',
    done: '完成',
    edit: '编辑',
    remove: '删除',
    yes: '是',
    no: '否',
    unknown: '未知',
    none: '无',
    working: '处理中…',
    unsafeChar: '请删除不可见字符 {{char}}：不接受控制字符和文字方向控制字符。',
    unsafeCharNotes:
      '请删除不可见字符 {{char}}：不接受控制字符和文字方向控制字符（换行和制表符可以）。',
    error: '出错了',
    errorBody: '无法显示此页面。您的保险库不受影响。',
    reload: '重新加载',
    noBridge: 'Keyward 只能在桌面应用中运行。',
    dismiss: '关闭提示',
  },
  // 第 13 号议题 §7：错误与历史记录的文字。
  words: {
    keyNoFindings: '未发现问题：这个密钥符合规则。',
    auditInProgress: '审查进行中，开始于 {{date}}。',
    rotationWhy: {
      previous: '请先把上一步标记为完成。',
      newKey: '请先输入新的 API Key 和 Secret Key。',
      newPassphrase: '还需要输入新的 API 密码。',
      awaitingApiKey: '请先记录交易所为新公钥给出的 API Key。',
    },
    errorDetail: '详细信息：',
    colon: '：',
    errors: {
      unknown: '应用无法完成此操作。',
      code: {
        invalid: 'Keyward 无法按原样接受：请更正后重试。没有做任何更改。',
        locked: '保险库已锁定：请解锁后重试。',
        'not-found': '该项已不在保险库中。',
        'no-vault': '这里还没有保险库：请先创建一个。',
        'vault-exists': '这里已经有一个保险库；没有做任何更改。',
        'passphrase-required': '此保险库需要主密码：请输入后继续。',
        'wrong-passphrase': '这个主密码无法打开此保险库。请核对后重试。',
        'wrong-recovery-key': '这个恢复密钥无法打开此保险库。请与您抄写的恢复密钥核对。',
        'keychain-unavailable': '无法连接系统钥匙串：请解锁它，或用恢复密钥打开保险库。',
        'vault-key-missing': '系统钥匙串中没有此保险库的密钥：请用恢复密钥打开。',
        'vault-unreadable':
          '无法读取保险库文件（已损坏、不完整，或由更新版本的 Keyward 创建）；没有做任何更改。',
        conflict: '保险库在同一时刻被更改；没有保存任何内容。请重试。',
        refused: '未确认：没有复制或显示任何内容。',
        'rate-limited': '连续复制或显示 Secret Key 次数过多。请稍候再试。',
        forbidden: 'Keyward 拒绝了此请求。',
        internal: 'Keyward 内部出错；没有做任何更改。请重试，或重新启动应用。',
      },
    },
    history: {
      separator: '、',
      granted: '已开启{{name}}',
      removed: '已关闭{{name}}',
      withSubject: '{{title}}（{{subject}}）',
      acceptedThrough: '{{what}}，接受至 {{date}}：{{note}}',
      field: {
        label: '名称',
        provider: '交易所',
        account: '账户',
        useCase: '用途',
        rotationIntervalDays: '轮换周期',
        notes: '备注',
        ipWhitelist: 'IP访问限制',
        ipRestricted: 'IP访问限制',
        service: '服务',
        environment: '环境',
        host: 'API 域名',
        passphrase: 'API 密码',
        extras: '交易所的其他权限',
        keyType: '密钥类型',
        apiKey: 'API Key',
        tags: '标签',
      },
    },
  },
  firstRun: {
    title: '创建保险库',
    intro: 'Keyward 在本机加密保存您的交易所 API 密钥。保险库密钥存放在系统钥匙串中。',
    noKeychain: '本机没有可用的系统钥匙串，因此保险库需要设置主密码。',
    usePassphrase: '另外用主密码保护保险库',
    passphrase: '主密码',
    passphraseAgain: '再次输入主密码',
    passphraseHint: '至少 8 个字符。解锁和显示密钥时都会要求输入。',
    keepKeychain: '同时在钥匙串中保留保险库密钥（解锁时无需输入主密码）',
    mismatch: '两次输入的主密码不一致。',
    tooShort: '主密码至少需要 8 个字符。',
    create: '创建保险库',
    recoveryTitle: '您的恢复密钥',
    recoveryIntro:
      '恢复密钥只显示这一次。请抄写下来并离线妥善保存。在新电脑上或钥匙串条目丢失时，可以用它打开保险库。',
    recoveryConfirm: '为确认您已保存，请输入恢复密钥的第 {{n}} 组。',
    recoveryGroup: '第 {{n}} 组',
    recoveryWrong: '这不是第 {{n}} 组。请核对您抄写的内容后重试。',
    recoverySaved: '我已保存',
  },
  unlock: {
    title: '解锁保险库',
    passphrase: '主密码',
    unlock: '解锁',
    keychainHint: '保险库密钥存放在系统钥匙串中。',
    recoverTitle: '使用恢复密钥恢复',
    recoverIntro: '钥匙串条目丢失或换了新电脑？请输入创建保险库时抄写的恢复密钥。',
    recoveryKey: '恢复密钥',
    recover: '恢复',
    showRecover: '改用恢复密钥',
    recoverNewPassphraseIntro:
      '此保险库仅受主密码保护，恢复后仍是如此：请设置一个新主密码，今后用它打开保险库。',
    newPassphrase: '新主密码',
    newPassphraseAgain: '再次输入新主密码',
    rekeyed:
      '保险库已被另一个 Keyward（keyward 命令或另一个窗口）更换密钥，因此已锁定。请重新解锁。如果不是您本人操作，请检查还有谁能使用这台电脑。',
  },
  list: {
    title: '密钥',
    search: '搜索密钥',
    searchPlaceholder: '名称、服务、账户或指纹',
    provider: '交易所',
    status: '状态',
    findingFilter: '检查结果',
    all: '全部',
    withFindings: '有问题',
    critical: '有严重问题',
    noFindings: '未发现问题',
    sort: '排序',
    sortDue: '轮换到期日',
    sortLabel: '名称',
    sortFindings: '风险最高',
    count_one: '{{count}} 个密钥',
    count_other: '{{count}} 个密钥',
    shown: '显示 {{shown}} / {{total}}',
    loadingRest: '已显示前 {{loaded}} 个，共 {{total}} 个密钥；正在加载其余密钥…',
    emptyTitle: '还没有密钥',
    emptyBody:
      '交易所显示新的 API Key 和 Secret Key 时，请立即添加到这里：Secret Key 只显示一次。之后 Keyward 会提醒您何时轮换，并指出有风险的设置。',
    emptyAction: '添加第一个密钥',
    noMatch: '没有符合筛选条件的密钥。',
    columns: '密钥列表',
    ipOn: 'IP访问限制：{{count}} 个 IP',
    ipOff: '未设 IP访问限制',
    due: '{{date}} 前轮换',
    findings_one: '{{count}} 个问题',
    findings_other: '{{count}} 个问题',
    noFinding: '未发现问题',
  },
  permission: {
    read: '读取',
    spotMargin: '现货及杠杆交易',
    futures: '合约',
    withdrawals: '提现',
    withdrawalsBadge: '可提现',
  },
  permissionHelp: {
    read: '读取余额、交易历史、订单和行情；不能转移任何资产。',
    spotMargin: '用您的资金下现货订单、撤单和进行杠杆交易。',
    futures: '下合约订单和撤单，带杠杆。',
    withdrawals: '把资产转到外部地址：持有该密钥的人可以清空账户。',
  },
  useCase: {
    'portfolio-tracking': '资产追踪',
    'tax-reports': '税务报表',
    'spot-bot': '现货交易机器人',
    'futures-bot': '合约交易机器人',
    'auto-transfer': '自动提现',
    custom: '自定义',
  },
  provider: {
    binance: '币安 Binance',
    coinbase: 'Coinbase',
    kraken: 'Kraken',
    okx: 'OKX',
    bybit: 'Bybit',
    other: '其他',
  },
  keyType: {
    hmac: 'HMAC（交易所生成）',
    ed25519: 'Ed25519（自行生成）',
    rsa: 'RSA（自行生成）',
    ecdsa: 'EC（ECDSA，交易所生成）',
  },
  status: {
    active: '使用中',
    rotating: '轮换中',
    compromised: '已泄露',
    revoked: '已作废',
  },
  severity: {
    critical: '严重',
    high: '高危',
    medium: '中危',
    low: '低危',
    info: '提示',
  },
  due: {
    overdue: '已于 {{date}} 到期',
    soon: '{{date}} 到期',
    ok: '{{date}} 到期',
  },
  add: {
    title: '添加密钥',
    step1: '1. 这个密钥做什么用？',
    step2: '2. 权限',
    step3: '3. 在哪里使用？',
    step4: '4. 密钥本身',
    provider: '交易所',
    useCase: '用途',
    presetNote: '已按“{{useCase}}”预设：只开启这项用途需要的权限。',
    label: '名称',
    labelHint: '写明服务和用途，例如“3Commas - 交易机器人”。',
    account: '交易所账户（可选）',
    ipWhitelist: 'IP访问限制',
    ipHint: '每行一个 IPv4/IPv6 地址或 CIDR 网段。强烈建议设置。',
    ipInvalid: '第 {{line}} 行：{{reason}}',
    service: '使用这个密钥的服务',
    serviceHint: '选择已评估的服务或输入新名称。每个服务单独使用一个密钥。',
    serviceFlags_one: '该服务有 {{count}} 个危险信号',
    serviceFlags_other: '该服务有 {{count}} 个危险信号',
    serviceNotAssessed: '尚未评估：请先在“第三方服务”中检查它。',
    serviceClean: '已评估：没有危险信号。',
    rotationDays: '轮换周期（天）',
    kind: '密钥类型',
    kindHmac: '交易所给了我 API Key 和 Secret Key',
    kindEd25519: '在这里生成 Ed25519 密钥对（币安推荐）',
    onceTitle: '交易所只显示一次 Secret Key',
    onceBody:
      '请在关闭交易所页面之前，现在就粘贴 API Key 和 Secret Key。Secret Key 一旦丢失，只能删除该密钥并重新创建。',
    apiKey: 'API 密钥',
    secret: 'Secret Key',
    notes: '备注（可选）',
    liveFindings: 'Keyward 对这个密钥的检查',
    noLiveFindings: '未发现问题：这个密钥符合规则。',
    save: '保存密钥',
    generate: '生成密钥对',
    saved: '已保存“{{label}}”。Secret Key 已加密，并已从本页面清除。',
    pemTitle: '交给交易所的公钥',
    pemBody:
      '把这个公钥粘贴到交易所“自行生成”API 密钥的表单中。私钥加密保存在 Keyward 里。交易所给出 API 密钥后，请在该密钥页面中记录。',
    copyPem: '复制公钥',
    pemCopied: '公钥已复制',
    openKey: '打开该密钥',
    invalidForm: '请先修正标出的字段。',
    required: '必填。',
  },
  detail: {
    details: '详情',
    fingerprint: '指纹',
    apiKey: 'API 密钥',
    noApiKey: '尚未记录 API 密钥',
    setApiKey: '记录交易所给出的 API 密钥',
    copyApiKey: '复制 API 密钥',
    copySecret: '复制 Secret Key',
    clearsIn: '剪贴板将在 {{seconds}} 秒后清空',
    openExchange: '打开 {{exchange}} 的 API 管理页面',
    copiedApiKey: 'API 密钥已复制。',
    copiedSecret: 'Secret Key 已复制。',
    fingerprintHint: '前 4 位和后 4 位字符，与交易所 API 页面显示的一致。',
    clearsNever: '已复制。剪贴板不会被自动清空（见设置）。',
    cleared: '剪贴板已清空',
    reveal: '显示 Secret Key',
    revealApiKey: '显示 API 密钥',
    copyPassphrase: '复制 API 密码',
    revealPassphrase: '显示 API 密码',
    copiedPassphrase: 'API 密码已复制。',
    host: 'API 域名',
    environment: '环境',
    extras: '交易所的其他权限',
    apiPassphrase: 'API 密码',
    passphraseRecorded: '已记录',
    passphraseMissing: '缺失：交易所会拒绝没有它的请求',
    hide: '隐藏',
    hidesIn: '{{seconds}} 秒后隐藏',
    accessRefused: '未确认：没有复制或显示任何内容。',
    rateLimited: '连续复制或显示 Secret Key 次数过多。请等待 {{seconds}} 秒后再试。',
    confirming: '请在弹出的 Keyward 窗口中确认…',
    permissions: '权限',
    ipWhitelist: 'IP访问限制',
    service: '服务',
    account: '账户',
    useCase: '用途',
    type: '密钥类型',
    created: '创建于',
    rotated: '上次轮换',
    nextRotation: '下次轮换',
    audited: '上次审查',
    never: '从未',
    notes: '备注',
    findings: '检查结果与修复方法',
    history: '历史记录',
    rotate: '轮换密钥',
    continueRotation: '继续轮换',
    leak: '我怀疑这个密钥泄露了',
    leakContinue: '继续泄露应对',
    remove: '移到回收站',
    removeConfirm:
      '将“{{label}}”移到回收站？它会在回收站保留 30 天，Secret Key 仍然加密保存，可以随时恢复。也请在交易所删除它：这里只是不再使用。',
    removed: '“{{label}}”已移到回收站，保留 30 天：如果删错了，可以从回收站恢复。',
    edit: '编辑密钥',
    fix: '修复',
    publicKey: '公钥（PEM）',
    notFound: '该密钥已不在保险库中。',
  },
  history: {
    created: '已添加',
    edited: '已编辑',
    'permissions-changed': '权限已更改',
    copied: '已复制',
    revealed: '已显示',
    'api-key-set': '已记录 API 密钥',
    'rotation-started': '开始轮换',
    'rotation-step': '轮换步骤',
    'rotation-finished': '轮换完成',
    'rotation-abandoned': '放弃轮换',
    'audit-step': '审查步骤',
    audited: '已审查',
    'incident-started': '开始泄露应对',
    'incident-step': '泄露应对步骤',
    'incident-finished': '泄露应对完成',
    removed: '已永久删除',
    trashed: '已移到回收站',
    restored: '已从回收站恢复',
    'risk-accepted': '已接受风险',
    'risk-acceptance-withdrawn': '已撤销风险接受',
    'exchange-accepted': '已接受交易所的结果',
    'rotation-verified': '已向交易所验证轮换',
  },
  rotation: {
    verify: '向交易所验证',
    verifyNewOk: '已从本机核对：交易所接受新密钥。',
    verifyNewBad: '已从本机核对：交易所尚未接受新密钥。',
    verifyOldOk: '已从本机核对：交易所拒绝旧密钥。',
    verifyOldBad:
      '已从本机核对：旧密钥仍然可用（或其拒绝不能证明已删除）。请在交易所删除它，然后再验证一次。',
    title: '轮换“{{label}}”',
    intro: '每 3 到 6 个月轮换一次。新密钥使用同样的最小权限和同样的 IP访问限制。',
    start: '开始轮换',
    abandon: '放弃轮换',
    steps: {
      '1': {
        title: '在交易所创建新密钥',
        detail:
          '权限与 IP访问限制与旧密钥保持一致（最小权限），然后在这里记录新的 API Key 和 Secret Key（或在这里生成新的 Ed25519 密钥对并上传公钥）。',
      },
      '2': {
        title: '在第三方服务中换上新密钥',
        detail: '把新的 API Key 和 Secret Key 粘贴到使用该密钥的服务中。',
      },
      '3': {
        title: '确认服务使用新密钥正常工作',
        detail: '检查服务能否像以前一样读取余额或下单。',
      },
      '4': {
        title: '在交易所删除旧密钥',
        detail:
          '删除密钥不会影响您的资产，只会撤销通过该密钥的访问。在这里完成轮换会替换旧的密钥材料。',
      },
    },
    recordNew: '保存新密钥',
    newApiKey: '交易所为新公钥给出的 API 密钥',
    generateNew: '生成新的 Ed25519 密钥对',
    newFingerprint: '新密钥：{{fp}}',
    markDone: '标记完成',
    finish: '我已删除旧密钥：完成',
    finished: '轮换完成。新密钥已替换旧密钥。',
    doneAt: '完成于 {{time}}',
  },
  audit: {
    title: '每月审查',
    intro: '每月检查一遍所有密钥。上次审查一个月后需要再次审查。',
    last: '上次审查：{{date}}',
    never: '尚未审查。',
    start: '开始审查',
    finish: '完成审查',
    finished: '审查已记录。下次审查在一个月后。',
    steps: {
      '1': {
        title: '检查每一个现有密钥',
        detail: '逐个查看待审查的密钥：名称、服务、权限、上次轮换。',
      },
      '2': {
        title: '删除不再使用的密钥',
        detail: '先在交易所删除，再在这里删除。每个账户最多 30 个密钥；只保留正在使用的。',
      },
      '3': {
        title: '核对每个密钥的权限是否符合用途',
        detail: '每个密钥只给它的工作所需的权限；几乎从不需要提现。',
      },
      '4': {
        title: '检查每个密钥的 IP访问限制',
        detail: '每个密钥都应限制为使用它的服务的 IP 地址。',
      },
      '5': {
        title: '查看交易所的 API 调用日志',
        detail: '留意您不认识的活动；如有发现，立即开始泄露应对。',
      },
    },
    markDone: '标记完成',
    doneAt: '完成于 {{time}}',
    nextDue: '下次审查：{{date}}。',
    keys_one: '正在审查 {{count}} 个密钥',
    keys_other: '正在审查 {{count}} 个密钥',
  },
  leak: {
    title: '泄露应对：“{{label}}”',
    intro: '请立即按顺序处理。每一步都会记录时间。开始后该密钥会被标记为已泄露。',
    start: '开始泄露应对：将该密钥标记为已泄露',
    now: '立即',
    after: '随后',
    steps: {
      '1': {
        title: '在交易所删除泄露的密钥',
        detail: '首先做这一步：它会阻止所有使用该密钥的请求。您的资产不受影响。',
      },
      '2': { title: '检查近期账户活动', detail: '查看不是您本人进行的订单、提现和登录。' },
      '3': { title: '检查余额', detail: '与您预期的余额进行比较。' },
      '4': { title: '修改账户密码', detail: '并确认双重验证仍在您的控制之下。' },
      '5': {
        title: '如发现任何异常，联系交易所客服',
        detail: '告诉他们哪个密钥泄露了（它的指纹）以及您看到了什么。',
      },
      '6': {
        title: '调查密钥是如何泄露的',
        detail: '推送到代码仓库、聊天、邮件、未加密文件、截图，还是服务本身？',
      },
      '7': { title: '停止使用出问题的服务', detail: '如果泄露来自该服务，请换用其他服务。' },
      '8': { title: '为新密钥加强保护', detail: '更少的权限，并为每个新密钥设置 IP访问限制。' },
    },
    note: '第 {{n}} 步备注（可选）',
    markDone: '标记第 {{n}} 步完成',
    doneAt: '完成于 {{time}}',
    finish: '完成：该密钥作废',
    finished: '泄露应对已于 {{time}} 完成。该密钥已作废。',
    rekeyHint:
      '如果主密码或恢复密钥也可能已泄露（同一台电脑、同一份笔记），请更换保险库密钥：仅修改主密码并不能作废旧主密码。',
    rekeyLink: '前往设置更换保险库密钥',
  },
  trash: {
    title: '回收站',
    intro:
      '移除的密钥在这里保留 30 天，Secret Key 仍然加密保存在保险库中，之后将被永久删除。可以恢复，也可以立即永久删除。',
    loading: '正在加载回收站…',
    empty: '回收站是空的。',
    when: '移除于 {{removed}}；将于 {{deleted}} 永久删除',
    restore: '恢复',
    restored: '“{{label}}”已恢复到保险库。',
    purge: '永久删除',
    purgeConfirm:
      '永久删除“{{label}}”？它的 Secret Key 将从保险库中抹去，无法恢复；历史记录会保留。',
  },
  accept: {
    open: '接受此风险至…',
    explain:
      '适用于此密钥按设计就需要的检查结果（例如自动提现密钥必须能提现）：在您选择的日期之前，它显示为已接受，不再使审查失败；过期后重新生效。原因会记录在密钥的历史中。',
    until: '接受至（含）',
    note: '此密钥为何需要它',
    save: '接受风险',
    badge: '已接受',
    accepted: '已接受至 {{date}}：',
    acceptedShort: '已接受：',
    withdraw: '撤销接受',
  },
  services: {
    title: '第三方服务',
    intro:
      '在把密钥交给某个服务之前，先了解它的信誉、安全措施、索要的权限和服务条款，并在这里记录危险信号。',
    add: '添加服务',
    name: '名称',
    url: '网址（可选）',
    empty: '还没有服务。',
    assess: '评估',
    assessedAt: '评估于 {{date}}',
    notAssessed: '未评估',
    saveAssessment: '保存评估',
    keys_one: '{{count}} 个密钥',
    keys_other: '{{count}} 个密钥',
    flags: {
      'asks-withdrawals': '索要并不需要的提现权限',
      'no-ip-whitelist-support': '不支持 IP访问限制',
      'no-security-docs': '没有安全说明文档',
      'vague-operator': '运营方信息含糊',
      'unrealistic-returns': '承诺不切实际的收益',
      'asks-disable-ip-whitelist': '要求您关闭 IP访问限制',
    },
  },
  reminders: {
    title: '到期提醒',
    open: '打开该密钥',
    snoozed: '已推迟',
    snooze_one: '推迟 {{count}} 天',
    snooze_other: '推迟 {{count}} 天',
    text: {
      'rotation-due-soon': {
        title: '密钥即将需要轮换',
        body_one: '“{{label}}”还有 {{count}} 天需要轮换（{{date}}）。',
        body_other: '“{{label}}”还有 {{count}} 天需要轮换（{{date}}）。',
        anonymous_one:
          '有一个 API 密钥还有 {{count}} 天需要轮换（{{date}}）。解锁 Keyward 即可查看是哪一个。',
        anonymous_other:
          '有一个 API 密钥还有 {{count}} 天需要轮换（{{date}}）。解锁 Keyward 即可查看是哪一个。',
      },
      'rotation-due': {
        title: '密钥需要轮换',
        body: '“{{label}}”已到轮换日期（{{date}}）：请创建新密钥，更新服务，然后删除旧密钥。',
        anonymous:
          '有一个 API 密钥已到轮换日期（{{date}}）：请创建新密钥，更新服务，然后删除旧密钥。解锁 Keyward 即可查看是哪一个。',
      },
      'rotation-overdue': {
        title: '密钥轮换已逾期',
        body_one: '“{{label}}”本应于 {{date}} 轮换，已逾期 {{count}} 周。',
        body_other: '“{{label}}”本应于 {{date}} 轮换，已逾期 {{count}} 周。',
        anonymous_one:
          '有一个 API 密钥本应于 {{date}} 轮换，已逾期 {{count}} 周。解锁 Keyward 即可查看是哪一个。',
        anonymous_other:
          '有一个 API 密钥本应于 {{date}} 轮换，已逾期 {{count}} 周。解锁 Keyward 即可查看是哪一个。',
      },
      'trading-lapse': {
        title: '币安将移除交易权限',
        body_one:
          '“{{label}}”开启了现货及杠杆交易权限，但未设置 IP访问限制：币安将于 {{date}}（{{count}} 天后）移除该权限。设置 IP访问限制即可保留。',
        body_other:
          '“{{label}}”开启了现货及杠杆交易权限，但未设置 IP访问限制：币安将于 {{date}}（{{count}} 天后）移除该权限。设置 IP访问限制即可保留。',
        anonymous_one:
          '有一个 API 密钥开启了现货及杠杆交易权限，但未设置 IP访问限制：币安将于 {{date}}（{{count}} 天后）移除该权限。设置 IP访问限制即可保留。解锁 Keyward 即可查看是哪一个。',
        anonymous_other:
          '有一个 API 密钥开启了现货及杠杆交易权限，但未设置 IP访问限制：币安将于 {{date}}（{{count}} 天后）移除该权限。设置 IP访问限制即可保留。解锁 Keyward 即可查看是哪一个。',
      },
      'exchange-expiry': {
        title: 'API 密钥即将过期',
        body_one:
          '交易所显示“{{label}}”（或其交易权限）将于 {{date}}（{{count}} 天后）过期。请把它绑定到服务器的 IP 地址，或轮换它。',
        body_other:
          '交易所显示“{{label}}”（或其交易权限）将于 {{date}}（{{count}} 天后）过期。请把它绑定到服务器的 IP 地址，或轮换它。',
        anonymous_one:
          '交易所显示有一个 API 密钥（或其交易权限）将于 {{date}}（{{count}} 天后）过期。请把它绑定到服务器的 IP 地址，或轮换它。解锁 Keyward 即可查看是哪一个。',
        anonymous_other:
          '交易所显示有一个 API 密钥（或其交易权限）将于 {{date}}（{{count}} 天后）过期。请把它绑定到服务器的 IP 地址，或轮换它。解锁 Keyward 即可查看是哪一个。',
      },
      'audit-due': {
        title: '每月密钥审查已到期',
        body: '每月 API 密钥审查已到期（自 {{date}} 起）：请检查所有密钥，删除不再使用的密钥，核对权限和 IP访问限制。',
      },
      'audit-overdue': {
        title: '密钥审查已严重逾期',
        body: 'API 密钥审查自 {{date}} 起就已到期，已超过两个月：请立即进行。',
      },
    },
  },
  findings: {
    title: '检查结果',
    intro: 'Keyward 在所有密钥中发现的问题，最严重的排在最前。',
    none: '未发现问题。所有密钥都符合规则。',
    vault: '保险库',
    openKey: '打开“{{label}}”',
    count_one: '{{count}} 个问题',
    count_other: '{{count}} 个问题',
    rule: {
      'withdrawals-enabled': '已开启提现',
      'excess-permission': '权限超出用途',
      'excess-extra': '交易所权限超出用途',
      'missing-passphrase': '缺少 API 密码',
      'missing-permission': '缺少权限',
      'custom-permission': '自定义权限',
      'no-ip-whitelist': '未设 IP访问限制',
      'binance-trading-lapse': '币安交易权限将失效',
      'rotation-due': '即将需要轮换',
      'rotation-overdue': '轮换已逾期',
      'rotation-interval-too-long': '轮换周期过长',
      'audit-due': '需要每月审查',
      'shared-api-key': '多个服务共用密钥',
      'account-key-limit': '单个账户密钥过多',
      'service-red-flag': '服务危险信号',
      'compromised-unresolved': '泄露应对未完成',
      'vague-label': '名称含糊',
      'exchange-drift': '交易所与记录不符',
      'exchange-rejected': '交易所拒绝该密钥',
      'exchange-expiry': '密钥在交易所即将过期',
      'exchange-unchecked': '未向交易所核对',
      'plaintext-copy': '保险库外的明文副本',
    },
    // 各项检查结果的说明与修复方法（与 en.ts 的键和插值变量一一对应）。
    text: {
      'withdrawals-enabled': {
        message: {
          guarded_one:
            '“{{label}}”可以提现。它是自动提现密钥，已限定 {{count}} 个受信任 IP，但被盗的副本若从该服务器使用，仍可能把资产转走。',
          guarded_other:
            '“{{label}}”可以提现。它是自动提现密钥，已限定 {{count}} 个受信任 IP，但被盗的副本若从该服务器使用，仍可能把资产转走。',
          open: '“{{label}}”可以提现：任何持有该密钥的人都能把您的资产转到他自己的地址。这是密钥最危险的设置。',
        },
        fix: {
          guarded:
            '受信任 IP 只保留真正需要它的那一台服务器，并在交易所开启提现地址白名单，让资金只能转到您自己的地址。',
          autoTransfer: '在交易所把该密钥限定为您服务器的固定 IP 地址，或关闭提现权限。',
          open: '请在交易所和这里关闭该密钥的提现权限；几乎没有服务需要它。',
        },
      },
      'excess-permission': {
        message: {
          default:
            '“{{label}}”开启了{{permission}}权限，而{{useCase}}密钥并不需要；该权限{{explain}}。',
        },
        fix: {
          default: '请在交易所和这里关闭该密钥的{{permission}}权限，或改选确实需要该权限的用途。',
        },
      },
      'excess-extra': {
        message: { default: '“{{label}}”开启了 {{extra}} 权限，而{{useCase}}密钥并不需要。' },
        fix: {
          default: '请在交易所和这里关闭该密钥的 {{extra}} 权限，或改选确实需要该权限的用途。',
        },
      },
      'missing-passphrase': {
        message: {
          default:
            '“{{label}}”没有记录 API 密码（Passphrase）：没有它，OKX 会拒绝所有请求，任何程序都无法通过 Keyward 使用该密钥。',
        },
        fix: {
          default:
            '如果您记得它，请记录下来（编辑，或 keyward set-api-passphrase "{{label}}"）。OKX 密钥需要 API 密码：它由您在 OKX 创建密钥时设置，OKX 不会再次显示，也无法找回（如果遗失，请在 OKX 删除该密钥并新建一个）。',
        },
      },
      'missing-permission': {
        message: { default: '“{{label}}”缺少{{permission}}权限，而{{useCase}}密钥通常需要它。' },
        fix: { default: '如果服务报错，请在交易所和这里开启{{permission}}权限；否则无需处理。' },
      },
      'custom-permission': {
        message: { default: '“{{label}}”开启了{{permission}}权限：该权限{{explain}}。' },
        fix: { default: '只有在该密钥的用途确实需要时，才保留{{permission}}权限。' },
      },
      'no-ip-whitelist': {
        message: {
          withdrawals: '“{{label}}”可以从世界上任何 IP 地址提现。',
          withdrawalsBinance:
            '“{{label}}”可以从世界上任何 IP 地址提现。况且币安本就不允许未限制 IP 的密钥开启提现。',
          trading: '“{{label}}”可以从任何 IP 地址交易：泄露的副本可以在任何地方用您的账户下单。',
          read: '“{{label}}”没有设置 IP访问限制：一旦泄露，任何人都能看到您的余额和交易历史。',
        },
        fix: {
          withdrawals:
            '把该密钥限定为使用它的服务器的固定 IP 地址（如果家中 IP 会变，可改用云服务器），或关闭提现权限。',
          trading: '在交易所和这里，把使用该密钥的服务器或服务的 IP 地址加入它的受信任 IP 列表。',
          read: '把使用该密钥的服务的 IP 地址（大多数服务都会公布）加入它的受信任 IP 列表。',
        },
      },
      'binance-trading-lapse': {
        message: {
          lapsed:
            '“{{label}}”开启了现货及杠杆交易权限，但未设置 IP访问限制：币安已于 {{date}}（密钥创建 30 天后）移除了该权限。',
          upcoming_one:
            '“{{label}}”开启了现货及杠杆交易权限，但未设置 IP访问限制：币安将于 {{date}}（还有 {{count}} 天）移除该权限，届时距密钥创建已满 30 天。',
          upcoming_other:
            '“{{label}}”开启了现货及杠杆交易权限，但未设置 IP访问限制：币安将于 {{date}}（还有 {{count}} 天）移除该权限，届时距密钥创建已满 30 天。',
        },
        fix: {
          default:
            '在币安和这里，把用该密钥交易的服务器 IP 地址加入它的受信任 IP 列表，该权限即可保留。',
        },
      },
      'rotation-due': {
        message: {
          default_one: '“{{label}}”应于 {{date}} 轮换，还剩 {{count}} 天。',
          default_other: '“{{label}}”应于 {{date}} 轮换，还剩 {{count}} 天。',
        },
        fix: { default: '请安排轮换：创建新密钥，更新服务，确认可用后再删除旧密钥。' },
      },
      'rotation-overdue': {
        message: {
          late_one:
            '“{{label}}”本应于 {{date}} 轮换，已逾期 {{count}} 天：密钥使用得越久，副本可能泄露的地方就越多。',
          late_other:
            '“{{label}}”本应于 {{date}} 轮换，已逾期 {{count}} 天：密钥使用得越久，副本可能泄露的地方就越多。',
          today: '“{{label}}”应于今天（{{date}}）轮换：密钥使用得越久，副本可能泄露的地方就越多。',
        },
        fix: {
          default:
            '立即轮换：创建一个权限和 IP访问限制都相同的新密钥，更新服务，确认可用后删除旧密钥。',
        },
      },
      'rotation-interval-too-long': {
        message: { default: '“{{label}}”每 {{days}} 天才轮换一次；密钥应每 3 到 6 个月轮换一次。' },
        fix: { default: '把轮换周期设为 {{max}} 天或更短（默认为 90 天）。' },
      },
      'audit-due': {
        message: {
          due: '每月审查已到期（自 {{date}} 起）。',
          overdue_one:
            '每月审查自 {{date}} 起已逾期 {{count}} 天：不再使用的密钥和被放宽的权限可能无人察觉。',
          overdue_other:
            '每月审查自 {{date}} 起已逾期 {{count}} 天：不再使用的密钥和被放宽的权限可能无人察觉。',
        },
        fix: {
          default:
            '进行审查：逐一检查每个密钥，删除不再使用的密钥，对照各密钥的用途核对权限和 IP访问限制，并查看交易所的 API 调用记录。',
        },
      },
      'shared-api-key': {
        message: {
          default:
            '“{{label}}”与 {{others}} 使用同一个 API 密钥：一旦其中一个服务被攻破，无法只停用一个密钥来控制损失。',
        },
        fix: { default: '在交易所为每个服务分别创建密钥，在这里各自记录，并删除共用的那个密钥。' },
      },
      'account-key-limit': {
        message: {
          over: '{{provider}}账户 {{account}} 有 {{keys}} 个密钥，超过了每个账户最多 {{max}} 个的上限：其中有些记录已过时，或属于其他账户。',
          near: '{{provider}}账户 {{account}} 有 {{keys}} 个密钥，接近每个账户 {{max}} 个的上限。',
        },
        fix: { default: '在交易所和这里删除不再使用的密钥，只保留正在使用的。' },
      },
      'service-red-flag': {
        message: { default: '“{{label}}”由 {{service}} 使用，而该服务{{flag}}。' },
        fix: {
          'asks-withdrawals': '不要给该服务提现权限；如果它坚持索要，请停止使用。',
          'asks-disable-ip-whitelist':
            '永远不要为任何服务关闭 IP访问限制；请改用公布了 IP 地址的服务。',
          'no-ip-whitelist-support': '优先选择公布固定 IP 地址的服务，并只给该密钥尽可能少的权限。',
          'no-security-docs':
            '询问该服务如何保存 API 密钥，或改用有相关说明的服务；尽量让该密钥只保留读取权限。',
          'vague-operator': '先弄清该服务由谁运营，再把可以交易的密钥交给它。',
          'unrealistic-returns': '承诺收益是诈骗的危险信号；请考虑作废该密钥。',
        },
      },
      'compromised-unresolved': {
        message: {
          default: '“{{label}}”已标记为泄露，但泄露应对尚未完成（已完成 {{done}}/8 步）。',
        },
        fix: {
          default:
            '继续泄露应对：先在交易所删除该密钥，再检查账户活动和余额；如有异常，请修改账户密码并联系客服。',
        },
      },
      'vague-label': {
        message: {
          default:
            '“{{label}}”既没有写明使用它的服务，也没有写明用途；情况紧急时（例如密钥泄露），您需要立刻知道该停用哪个密钥。',
        },
        fix: {
          trading: '请按服务和用途重命名，例如“{{service}} - 交易机器人”。',
          readOnly: '请按服务和用途重命名，例如“{{service}} - 只读”。',
        },
      },
      'exchange-drift': {
        message: {
          granted:
            '交易所显示“{{label}}”拥有{{permission}}权限，但记录中没有：这个密钥能做的比您以为的更多。',
          lacking:
            '“{{label}}”的记录有{{permission}}权限，但交易所显示该密钥没有：依赖这项权限的程序会失败。',
          grantedExtra: '交易所显示“{{label}}”开启了 {{extra}}，但记录中没有。',
          lackingExtra: '“{{label}}”的记录有 {{extra}}，但交易所显示它已关闭。',
          whitelistRemoved:
            '“{{label}}”的记录设有 IP访问限制，但交易所显示该密钥没有：它的副本在任何地方都能使用。',
          whitelistAdded: '交易所显示“{{label}}”只能从指定 IP 地址使用，但记录中没有 IP访问限制。',
          whitelistChanged: '交易所为“{{label}}”列出的 IP 地址与记录不同。',
        },
        fix: {
          granted:
            '除非该密钥确实需要，请在交易所关闭它的{{permission}}权限；如果确实需要，请把交易所的结果接受为记录。',
          grantedExtra:
            '除非该密钥确实需要，请在交易所关闭 {{extra}}；如果确实需要，请把交易所的结果接受为记录。',
          whitelistRemoved: '请在交易所重新把该密钥限制为使用它的服务器的 IP 地址。',
          default:
            '如果交易所是对的，请把它的结果接受为记录（keyward check <key> --accept，或应用中的“接受”）；否则请在交易所修改该密钥，使其与记录一致。',
        },
      },
      'exchange-rejected': {
        message: {
          rejected: '“{{label}}”已无法使用：{{date}} 交易所拒绝了它（{{diagnosis}}）。',
          ipBlocked:
            '{{date}} 交易所拒绝了从核对所用机器发出的“{{label}}”请求：该机器的 IP 地址不在该密钥的受信任 IP 中（在币安，也可能是密钥已被删除）。',
        },
        fix: {
          rejected:
            '请在交易所查找该密钥：如果已删除或过期，请轮换或在此移除；如果 Secret Key 或 API 密码不对，请输入正确的。然后再核对一次。',
          ipBlocked: '请在允许该密钥的机器上核对，例如在机器人的服务器上运行 keyward check。',
        },
      },
      'exchange-expiry': {
        message: {
          keyExpired: '交易所显示“{{label}}”的密钥已于 {{date}} 过期：使用它的程序已无法工作。',
          keyExpires_one: '交易所显示“{{label}}”的密钥将于 {{date}} 过期，还有 {{count}} 天。',
          keyExpires_other: '交易所显示“{{label}}”的密钥将于 {{date}} 过期，还有 {{count}} 天。',
          tradingExpired:
            '交易所显示“{{label}}”的现货及杠杆交易权限已于 {{date}} 失效：使用它的程序已无法交易。',
          tradingExpires_one:
            '交易所显示“{{label}}”的现货及杠杆交易权限将于 {{date}} 失效，还有 {{count}} 天。',
          tradingExpires_other:
            '交易所显示“{{label}}”的现货及杠杆交易权限将于 {{date}} 失效，还有 {{count}} 天。',
        },
        fix: {
          default:
            '请在交易所把该密钥绑定到使用它的服务器的 IP 地址（设有 IP访问限制的密钥不会过期），或在此之前轮换它。',
        },
      },
      'exchange-unchecked': {
        message: {
          never: '“{{label}}”从未向交易所核对过：它实际能做什么，只有记录里写的。',
          stale: '“{{label}}”上次向交易所核对是在 {{date}}：它实际能做什么可能已经变了。',
        },
        fix: { default: '请核对：运行 keyward check，或在应用中点击“向交易所核对”。' },
      },
      'plaintext-copy': {
        message: {
          file: '“{{label}}”的{{field}}以明文形式保存在 {{path}}（第 {{line}} 行）：任何能读取该文件的人或程序都能使用这个密钥。',
          history:
            '“{{label}}”的{{field}}以明文形式留在历史记录文件 {{path}} 中（第 {{line}} 行）。',
          gitCommit:
            '“{{label}}”的{{field}}在 {{repo}} 的 git 历史中（提交 {{ref}}）：即使删除了文件，它仍留在每一个克隆里。',
          gitBlob:
            '“{{label}}”的{{field}}在 {{repo}} 的 git 历史中（blob {{ref}}）：即使删除了文件，它仍留在每一个克隆里。',
        },
        fix: {
          file: '删除这份副本，只在 Keyward 中保存密钥（用 “keyward exec” 启动程序）；如果该文件曾被分享、同步或备份，请轮换密钥。',
          history:
            '从历史记录中删除那一行（并删除剪贴板管理器中的条目）；如果历史记录曾被同步或备份，请轮换密钥。',
          git: '立即轮换密钥：删除文件并不能把它从仓库历史中移除；如果仓库是共享的，再改写历史（例如用 git filter-repo）。',
        },
      },
    },
    term: {
      field: { secret: 'Secret Key', passphrase: 'API 密码', apiKey: 'API Key' },
      useCase: {
        'portfolio-tracking': '资产追踪',
        'tax-reports': '税务报表',
        'spot-bot': '现货交易机器人',
        'futures-bot': '合约交易机器人',
        'auto-transfer': '自动提现',
        custom: '自定义',
      },
      explain: {
        read: '可读取余额、交易历史、订单和行情数据，但不能转移任何资产',
        spotMargin: '可用您的资金下单、撤销现货订单，并进行杠杆交易',
        futures: '可在您的账户上下单、撤销带杠杆的合约订单',
        withdrawals: '可把资产转到外部地址：任何持有该密钥的人都能清空账户',
      },
      flag: {
        'asks-withdrawals': '索要它并不需要的提现权限',
        'no-ip-whitelist-support': '不支持 IP访问限制',
        'no-security-docs': '没有安全说明文档',
        'vague-operator': '对运营方是谁含糊其辞',
        'unrealistic-returns': '承诺不切实际的收益',
        'asks-disable-ip-whitelist': '要求您关闭 IP访问限制',
      },
      // 拉丁字母名称后留一个空格，读作“Coinbase 账户”“币安账户”。
      provider: {
        binance: '币安',
        coinbase: 'Coinbase ',
        kraken: 'Kraken ',
        okx: 'OKX ',
        bybit: 'Bybit ',
        other: '其他交易所',
      },
      diagnosis: {
        'unknown-key': '交易所不认识该密钥或它已被删除',
        'bad-signature': '此处保存的 Secret Key 或 API 密码与该 API Key 不匹配',
        'ip-not-allowed': '核对所用机器的 IP 地址不在该密钥的受信任 IP 中',
        'rate-limited': '交易所限制了请求频率',
        unreachable: '无法连接交易所',
        'clock-skew': '交易所拒绝了请求的时间',
        unsupported: '无法向该交易所查询',
      },
      unnamedAccount: '（未命名）',
    },
  },
  check: {
    title: '向交易所核对',
    run: '向交易所核对',
    checking: '正在核对…',
    all: '全部核对',
    allProgress: '正在核对第 {{done}} 个，共 {{total}} 个…',
    allDone: '已核对 {{total}} 个密钥：{{problems}} 个需要处理。',
    accept: '接受交易所的结果',
    never: '尚未核对。Keyward 会用这个密钥向交易所发送一次只读请求，查询它实际能做什么。',
    checkedAt: '{{date}} 在 {{host}} 核对',
    expires: '交易所显示该密钥（或其交易权限）将于 {{date}} 过期。',
    field: '设置',
    recorded: '此处记录',
    exchange: '交易所显示',
    differs: '不一致',
    notSaid: '未提供',
    ipRestricted: 'IP 限制',
    outcome: {
      ok: '一致',
      drift: '与记录不符',
      rejected: '已被拒绝',
      'ip-blocked': '此 IP 被拒绝',
      'rate-limited': '请求过于频繁',
      unreachable: '无法连接',
      unsupported: '无法核对',
    },
  },
  credentials: {
    host: 'API 域名',
    hostHint:
      '密钥只能在创建它的域名（地区）上使用，例如在 my.okx.com 创建的 OKX 密钥要用 eea.okx.com。',
    noHost: '无域名：Keyward 不知道其他交易所的密钥在哪里使用。',
    environment: '环境',
    env: { live: '实盘', testnet: '测试网', demo: '模拟交易' },
    practice: { testnet: '测试网', demo: '模拟' },
    keyType: '密钥类型',
    passphrase: 'API 密码（Passphrase）',
    passphraseHint: '它由您在 OKX 创建密钥时设置；OKX 不会再次显示，也无法找回。',
    withPassphrase: '该密钥有 API 密码',
    keyName: 'API 密钥名称',
    keyNameHint: '与 Coinbase 显示的一致：organizations/{org_id}/apiKeys/{key_id}',
    privateKey: '私钥',
    privateKeyHint: '完整私钥：EC（-----BEGIN EC PRIVATE KEY----- … 多行）或 Ed25519（base64）。',
    extras: '交易所的其他权限',
    extrasHint: '勾选该密钥在交易所开启的权限；用途不需要的每一项都会产生一条检查结果。',
    trade: '交易',
    tradeHelp: '该交易所只有一个交易开关：现货和衍生品交易一起开启。',
    hintTitle: '请再核对一下（按输入保存）：',
    hint: {
      'api-key-length': '这个 API 密钥的长度与该交易所通常生成的不同。',
      'api-key-alphabet': '这个 API 密钥含有该交易所通常不用的字符。',
      'secret-length': '这个 Secret Key 的长度与该交易所通常生成的不同。',
      'secret-alphabet': '这个 Secret Key 含有该交易所通常不用的字符。',
      'secret-not-pem': '私钥通常以 -----BEGIN … PRIVATE KEY----- 开头。',
      'secret-pem-for-hmac': '这个 Secret Key 看起来是 PEM 格式的私钥，但密钥类型是 HMAC。',
      'secret-not-ec-pem': 'Coinbase 的 EC 私钥以 -----BEGIN EC PRIVATE KEY----- 开头。',
      'secret-not-ed25519': 'Coinbase 的 Ed25519 私钥是 32 或 64 字节的 base64。',
      'passphrase-length': 'OKX 的 API 密码为 8 到 32 个字符。',
    },
  },
  importKeys: {
    title: '导入密钥',
    intro:
      '导入 .env 文件、freqtrade 配置、ccxt JSON 文件、KeePassXC CSV 导出或 Bitwarden JSON 导出中的密钥。源文件不会被修改。',
    choose: '选择文件…',
    file: '文件：{{file}}（{{format}}）',
    none: '此文件中没有可以导入的密钥。',
    include: '导入 {{label}}',
    colInclude: '导入',
    colLabel: '名称',
    colExchange: '交易所',
    colApiKey: 'API 密钥',
    colUseCase: '用途',
    skippedTitle: '未导入',
    skipped: '{{label}}：{{reason}}',
    import: '导入',
    importing: '正在导入…',
    nothingChosen: '请至少勾选一个要导入的密钥。',
    imported_one: '已导入 {{count}} 个密钥。',
    imported_other: '已导入 {{count}} 个密钥。',
    readOnly: '用途为“自定义”的导入密钥在您记录其真实权限之前视为只读（在每个密钥的编辑表单中）。',
    advice:
      '{{file}} 仍以明文保存这些密钥：请删除它，并用 “keyward exec” 启动程序（freqtrade：“keyward exec <key> --preset freqtrade -- freqtrade trade”）；如果该文件曾被分享、同步或提交，请轮换这些密钥。',
    another: '导入另一个文件',
  },
  scanCopies: {
    title: '查找明文副本',
    intro:
      '在您选择的文件夹中查找 Keyward 保存的确切值（API Key、Secret Key、API 密码）：找到的每一处都是真实副本，没有误报。不会显示任何密钥内容。',
    chooseFolders: '选择文件夹…',
    noFolders: '尚未选择文件夹。',
    folders: '文件夹：{{folders}}',
    history: '同时读取 shell、REPL 和剪贴板管理器的历史记录',
    git: '同时读取找到的 git 仓库的历史',
    start: '扫描',
    cancel: '取消',
    progress: '已扫描 {{files}} 个文件，{{size}}',
    cancelled: '扫描已取消：未记录任何内容。',
    done: '已扫描 {{files}} 个文件（{{size}}）。',
    none: '未找到明文副本。',
    found_one: '{{count}} 个密钥有明文副本：',
    found_other: '{{count}} 个密钥有明文副本：',
    tooShort_one: '有 {{count}} 个保存的值短于 12 个字符，未被搜索。',
    tooShort_other: '有 {{count}} 个保存的值短于 12 个字符，未被搜索。',
    unreadable: '有 {{count}} 个文件或文件夹无法读取。',
    hit: '{{place}} 第 {{line}} 行：{{field}}',
    gitHit: '{{repo}} 的 git 历史（{{ref}}）：{{field}}',
    field: { apiKey: 'API Key', secret: 'Secret Key', passphrase: 'API 密码' },
    historySource: '（历史记录）',
  },
  settings: {
    dailyCheck: '解锁时每天向交易所核对一次所有有效密钥（发现不符、被拒绝或即将过期时通知）',
    title: '设置',
    clipboard: '剪贴板自动清空时间',
    seconds: '{{count}} 秒',
    minutes_one: '{{count}} 分钟',
    minutes_other: '{{count}} 分钟',
    never: '从不',
    neverWarning:
      '复制的 Secret Key 会一直留在剪贴板中，直到您复制别的内容。剪贴板管理器可能会保存它。',
    autoLock: '闲置多久后锁定（分钟）',
    reminders: '提醒通知',
    hourly: '每小时检查',
    daily: '每天检查一次',
    off: '关闭',
    language: '语言',
    theme: '主题',
    system: '跟随系统',
    light: '浅色',
    dark: '深色',
    saved: '设置已保存',
    rekey: {
      title: '更换保险库密钥',
      intro:
        '为保险库生成新的密钥和新的恢复密钥，并删除用旧密钥生成的备份。如果主密码或恢复密钥可能已泄露，请执行此操作：之后它们都无法再打开任何内容。仅修改主密码并不能作废旧主密码。',
      current: '当前主密码',
      currentMissing: '请输入当前主密码：为带主密码的保险库更换密钥需要它。',
      newPassphrase: '新主密码（带主密码的保险库仍需主密码）',
      again: '再次输入新主密码',
      start: '更换保险库密钥…',
      confirm:
        '现在更换密钥？旧的恢复密钥和主密码将无法再打开任何内容，您会得到一个需要抄写的新恢复密钥。',
      yes: '确认更换',
      cancel: '取消',
      recoveryTitle: '您的新恢复密钥',
      recoveryIntro:
        '它只显示这一次。请抄写下来并离线妥善保管；旧的恢复密钥已无法打开任何内容，请销毁。',
      done: '保险库已更换密钥。旧主密码和旧恢复密钥现在无法打开任何内容。',
      leftovers_one: '有 {{count}} 个旧备份无法删除；请手动删除保险库旁边的 backups 文件夹。',
      leftovers_other: '有 {{count}} 个旧备份无法删除；请手动删除保险库旁边的 backups 文件夹。',
    },
  },
};
