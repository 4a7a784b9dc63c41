#!/usr/bin/env python3
"""Fill the dbss-console .ts files from the dictionaries below.

Usage: scripts/translate-fill.py [--force] translations/dbss-console_zh_CN.ts translations/dbss-console_en.ts

After `ninja -C <build> update_translations` (lupdate) adds new source texts, add them to ZH (and, for
plural "%n ...(s)" texts, to EN_PLURALS) and run this again. Only unfinished or empty translations are
filled unless --force is given, so fixes made in Qt Linguist are kept. The file's language attribute
picks the dictionary: zh_CN gets every message, en (the source language) only its numerus messages.
Exit status 1 lists the zh_CN texts the dictionary does not know yet.
"""
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

# Source text -> Simplified Chinese, in the words of Huawei Cloud's Chinese console.
ZH = {
    # Credentials, environment, connection probe
    'DBSS_AK and DBSS_SK must be set together (only %1 is set).': 'DBSS_AK 和 DBSS_SK 必须同时设置（当前只设置了 %1）。',
    'DBSS_SECURITY_TOKEN needs an access key: set DBSS_AK and DBSS_SK, or use an AK/SK profile.':
        'DBSS_SECURITY_TOKEN 需要访问密钥：请设置 DBSS_AK 和 DBSS_SK，或使用 AK/SK 配置文件。',
    'Connected: %n audit instance(s) visible.': '连接成功：可见 %n 个审计实例。',
    'Risk levels': '风险级别',
    'High': '高',
    'Medium': '中',
    'Low': '低',
    'No risk': '无风险',
    'DBSS Console': 'DBSS 控制台',
    'The built-in sandbox could not start: %1': '内置沙箱无法启动：%1',
    'the service answered %1': '服务返回了 %1',
    'the answer has no X-Subject-Token': '响应中没有 X-Subject-Token',
    'the body is not a JSON object (%1)': '响应体不是 JSON 对象（%1）',
    'mandatory field missing: %1': '缺少必填字段：%1',
    'no project id': '没有项目ID',
    'no access key configured': '未配置访问密钥',
    'IAM issued an expired token': 'IAM 签发的 Token 已过期',
    'Request': '请求',
    '%1 failed: cannot reach the service (%2)': '%1 失败：无法连接服务（%2）',
    "%1 failed: the server's certificate is not trusted (%2)": '%1 失败：服务器证书不受信任（%2）',
    '%1 failed: no answer in time': '%1 失败：响应超时',
    '%1 was cancelled': '%1 已取消',
    '%1 returned an answer that cannot be read: %2': '%1 返回的响应无法解析：%2',
    '%1 was not sent: %2': '%1 未发送：%2',
    '%1 failed: %2': '%1 失败：%2',
    '%1 failed: %2: %3': '%1 失败：%2：%3',
    ' (request id %1)': '（请求ID：%1）',
    'This field is mandatory.': '此项为必填项。',
    'At least %n character(s).': '至少 %n 个字符。',
    'At most %n character(s).': '最多 %n 个字符。',
    'Must be one of: %1.': '必须是以下值之一：%1。',
    'Not an IPv4 or IPv6 address: %1': '不是有效的 IPv4 或 IPv6 地址：%1',
    'A port is a number from 1 to 65535.': '端口必须是 1 到 65535 之间的数字。',
    'Not a port from 1 to 65535: %1': '不是 1 到 65535 之间的端口：%1',
    'Enter a profile name.': '请输入配置文件名称。',
    'A profile name cannot start or end with a space.': '配置文件名称不能以空格开头或结尾。',
    'A profile name can have at most %1 characters.': '配置文件名称最多 %1 个字符。',
    'A profile name may contain letters, digits, spaces and . _ @ ( ) - only.':
        '配置文件名称只能包含字母、数字、空格和 . _ @ ( ) -。',
    'access key ID (AK)': '访问密钥ID（AK）',
    'secret access key (SK)': '秘密访问密钥（SK）',
    'security token': '安全令牌（SecurityToken）',
    'IAM password': 'IAM 密码',
    'There is no profile named "%1" (no profiles exist yet).': '不存在名为“%1”的配置文件（尚未创建任何配置文件）。',
    'There is no profile named "%1". Known profiles: %2.': '不存在名为“%1”的配置文件。已有的配置文件：%2。',
    'The profile "%1" has no stored %2. Save it again in the Profiles dialog, or set DBSS_AK and DBSS_SK.':
        '配置文件“%1”没有保存%2。请在“连接配置”对话框中重新保存，或设置 DBSS_AK 和 DBSS_SK。',
    'Choose a region (a code like cn-north-4).': '请选择区域（形如 cn-north-4 的代码）。',
    'Enter the 32-character hexadecimal project ID, or choose to resolve it from the region.':
        '请输入 32 位十六进制的项目ID，或选择根据区域自动获取。',
    'The %1 endpoint override must be an http:// or https:// URL with a host.':
        '%1 终端节点地址必须是包含主机名的 http:// 或 https:// URL。',
    'The pinned certificate fingerprint must be a SHA-256 digest: 64 hexadecimal digits, colons allowed.':
        '固定的证书指纹必须是 SHA-256 摘要：64 位十六进制数字，可包含冒号。',
    'The timeout must be between %1 and %2 seconds.': '超时时间必须在 %1 到 %2 秒之间。',
    'Enter the IAM user name.': '请输入 IAM 用户名。',
    'Enter the account (domain) name of the IAM user.': '请输入 IAM 用户所属的账号名（domain）。',
    'A profile named "%1" already exists.': '名为“%1”的配置文件已存在。',
    'The settings file could not be written: %1': '无法写入设置文件：%1',
    'The secrets of the profile could not be read.': '无法读取该配置文件的密钥。',
    'The secrets could not be stored.': '无法保存密钥。',
    'The secrets of the profile could not be deleted.': '无法删除该配置文件的密钥。',
    'There is no profile named "%1".': '不存在名为“%1”的配置文件。',
    'The profile "%1" disappeared while it was being renamed.': '重命名过程中，配置文件“%1”已不存在。',
    'The profile was renamed, but its old keychain entries could not be deleted.':
        '配置文件已重命名，但无法删除其在系统密钥环中的旧条目。',
    'The profile "%1" disappeared while it was being copied.': '复制过程中，配置文件“%1”已不存在。',
    'The system keychain is unavailable: there is no D-Bus session bus. Start the console from a desktop session '
    '(or wrap it in dbus-run-session with an unlocked gnome-keyring-daemon), or choose "Keep for this session only".':
        '系统密钥环不可用：没有 D-Bus 会话总线。请在桌面会话中启动控制台（或用 dbus-run-session 配合已解锁的 '
        'gnome-keyring-daemon 运行），或选择“仅在本次会话中保留”。',
    'The system keychain is unavailable: no Secret Service is running. Install and start gnome-keyring or KWallet, '
    'or choose "Keep for this session only".':
        '系统密钥环不可用：没有运行 Secret Service。请安装并启动 gnome-keyring 或 KWallet，或选择“仅在本次会话中保留”。',
    'The system keychain is locked, has no login keyring yet, or refused access. Unlock (or create) your login '
    'keyring, for example by logging in to the desktop or with seahorse, and try again, or choose "Keep for this '
    'session only".':
        '系统密钥环已锁定、尚无登录密钥环或拒绝了访问。请解锁（或创建）登录密钥环（例如登录桌面或使用 seahorse）后重试，'
        '或选择“仅在本次会话中保留”。',
    'The system keychain reported an error. Check that your keyring works (for example with seahorse), or choose '
    '"Keep for this session only".':
        '系统密钥环报告了错误。请检查密钥环是否正常工作（例如使用 seahorse），或选择“仅在本次会话中保留”。',
    'Details: %1': '详细信息：%1',
    '%1; re-reading the rows failed too: %2': '%1；重新读取这些行也失败了：%2',

    # Models: columns and cell words
    'Select at least one database.': '请至少选择一个数据库。',
    'A selected database has no id.': '所选数据库没有ID。',
    '%1 cannot be audited without an agent.': '%1 需要安装 Agent 才能审计。',
    'On': '开启',
    'Off': '关闭',
    'Application side': '应用端',
    'Database side': '数据库端',
    '%1 %': '%1 %',
    'Capturing': '采集中',
    'Idle': '空闲',
    'Agent ID': 'Agent ID',
    'Enabled': '开启状态',
    'Type': '类型',
    'Database': '数据库',
    'Address': '地址',
    'OS': '操作系统',
    'NIC': '网卡',
    'CPU threshold': 'CPU阈值',
    'Memory threshold': '内存阈值',
    'Capture': '采集',
    'Select at least one database, or all databases.': '请至少选择一个数据库，或选择全部数据库。',
    '"All databases" cannot be combined with single databases.': '“全部数据库”不能与单个数据库同时选择。',
    'Every database needs its name.': '每个数据库都需要填写名称。',
    'A value cannot contain a comma: %1': '值中不能包含逗号：%1',
    'Unknown operation: %1': '未知的操作类型：%1',
    '%1\nAudits everything': '%1\n审计全部操作',
    '%1\nID: %2': '%1\nID：%2',
    'Scope': '审计范围',
    'Status': '状态',
    'Operations': '操作类型',
    'Databases': '数据库',
    'Users': '用户',
    'Source IPs': '源IP',
    'Source ports': '源端口',
    'Exception IPs': '例外IP',
    'Availability zone': '可用区',
    'Code': '编码',
    'Number': '编号',
    'nothing to export': '没有可导出的内容',
    'cancelled': '已取消',
    'the list went away': '列表已不存在',
    'could not load every row: %1': '无法加载全部行：%1',
    'could not write': '无法写入',
    'the output is not open for writing': '输出文件未以写入方式打开',
    'cannot write %1: %2': '无法写入 %1：%2',
    'Only letters and digits.': '只能包含字母和数字。',
    'A node id is 32 letters or digits: %1': '节点ID应为 32 位字母或数字：%1',
    'Switching audit %1…': '正在%1审计…',
    'Audit': '审计',
    'Version': '版本',
    'Charset': '字符集',
    'Source': '来源',
    'Audit status': '审计状态',
    'Only letters, digits, hyphens (-) and underscores (_).': '只能包含字母、数字、中划线（-）和下划线（_）。',
    'Enter the database address, or the id of a cloud DB instance.': '请输入数据库地址，或云数据库实例的ID。',
    'MongoDB addresses are host:port, at most three, separated by commas.':
        'MongoDB 地址的格式为 host:port，最多三个，以逗号分隔。',
    'Running': '运行中',
    'Stopped': '已关闭',
    'Creating': '创建中',
    'Deleting': '删除中',
    'Deleted': '已删除',
    'Error': '异常',
    'Waiting for standby': '等待备机就绪',
    'Frozen': '已冻结',
    'Upgrading': '升级中',
    'Yearly/Monthly': '包年/包月',
    'Pay-per-use': '按需计费',
    '%1 (task: %2)': '%1（任务：%2）',
    'Name': '名称',
    'Specification': '规格',
    'AZ': '可用区',
    'IP address': 'IP地址',
    'Billing': '计费模式',
    'Created': '创建时间',
    'Expires': '到期时间',
    'Built-in': '内置',
    'Custom': '自定义',
    'Rule': '规则名称',
    'Regular expression': '正则表达式',
    'Mask': '替换值',
    'Modified': '修改时间',
    'Last 30 minutes': '近30分钟',
    'Last hour': '近1小时',
    'Last 3 hours': '近3小时',
    'Last 12 hours': '近12小时',
    'Last day': '近1天',
    'Last week': '近1周',
    'Last month': '近1个月',
    'Succeeded': '成功',
    'Failed': '失败',
    'Time': '时间',
    'User': '用户',
    'Function': '功能',
    'Action': '操作',
    'Object': '对象',
    'Result': '结果',
    'Description': '描述',
    '%1 MB': '%1 MB',
    'Instances': '实例',
    'vCPUs': 'vCPU',
    'Memory': '内存',
    'Resource': '资源',
    'Remaining': '剩余',
    'no answer': '无响应',
    '%1 ms': '%1 毫秒',
    'Operation': '操作',
    'Method': '方法',
    'URL': 'URL',
    'Duration': '耗时',
    'Attempt': '尝试次数',
    'Error code': '错误码',
    'Request ID': '请求ID',
    'Login': '登录',
    'Switching %1…': '正在%1…',
    'Risk': '风险级别',
    'Priority': '优先级',
    'Feature': '特征',
    'could not load a list: %1': '无法加载列表：%1',
    'the folder %1 does not exist': '文件夹 %1 不存在',
    'Basic': '基础版',
    'Professional': '专业版',
    'Advanced': '高级版',
    '%1 GB': '%1 GB',
    'Edition': '版本',
    'Availability zones': '可用区',
    'System': '系统',
    'Keywords': '关键字',
    'a request is already in flight': '已有请求正在处理中',
    'Key': '键',
    'Values': '值',

    # Add database
    'Self-built (ECS)': '自建数据库（ECS）',
    'RDS': 'RDS',
    'Linux (64-bit)': 'Linux（64位）',
    'Windows (64-bit)': 'Windows（64位）',
    'Unix': 'Unix',
    'Add Database': '添加数据库',
    '(no instance selected)': '（未选择实例）',
    'Audit instance:': '审计实例：',
    '&Classification:': '数据库类别(&C)：',
    '&Name:': '名称(&N)：',
    '&Type:': '类型(&T)：',
    'e.g. 8.0': '例如 8.0',
    '&Version:': '版本(&V)：',
    'C&haracter set:': '字符集(&H)：',
    'IPv4 or IPv6 address': 'IPv4 或 IPv6 地址',
    '&IP address:': 'IP地址(&I)：',
    '1-65535': '1-65535',
    '&Port:': '端口(&P)：',
    '&Operating system:': '操作系统(&O)：',
    'Optional': '可选',
    'Database i&nstance name:': '数据库实例名(&N)：',
    # Add RDS databases
    'Add RDS Databases': '添加RDS数据库',
    'All types': '全部类型',
    'RDS instance': 'RDS实例',
    '&Databases:': '数据库(&D)：',
    'Add Selected': '添加所选',
    'This database cannot be audited without an agent.': '该数据库需要安装 Agent 才能审计。',
    '<b>Added (%n):</b> ': '<b>已添加（%n）：</b> ',
    'none': '无',
    '<b>Refused (%n):</b> ': '<b>被拒绝（%n）：</b> ',
    # Audit scope
    '&All databases': '全部数据库(&A)',
    'Add Audit Scope': '添加审计范围',
    'Optional; separate accounts with commas': '可选；多个账号以逗号分隔',
    'Database &users:': '数据库用户(&U)：',
    'Optional; e.g. 192.168.0.10, fd00::1': '可选；例如 192.168.0.10, fd00::1',
    '&Source IPs:': '源IP(&S)：',
    'Optional; e.g. 3306, 5432': '可选；例如 3306, 5432',
    'Source &ports:': '源端口(&P)：',
    'Optional; addresses never audited': '可选；这些地址不会被审计',
    'E&xception IPs:': '例外IP(&X)：',
    'The operations audited; none checked: every operation.': '要审计的操作类型；不勾选则审计全部操作。',
    'Ope&rations:': '操作类型(&R)：',
    # Console controller (the Sandbox profile keeps its name: it is stored in the settings)
    'Sandbox': 'Sandbox',
    'Sandbox keys kept for this session only: %1': '沙箱密钥仅在本次会话中保留：%1',
    'Open Profile': '打开配置文件',
    'Profile "%1" cannot be opened: %2': '无法打开配置文件“%1”：%2',
    'No connection profile: nothing to open.': '没有连接配置文件，无法打开。',
    # DAS connection
    'Save the password on the DAS service': '在 DAS 服务中保存密码',
    'Record &SQL statements': '记录SQL语句(&S)',
    'Create DAS Connection': '新建DAS连接',
    'DB &instance id:': '数据库实例ID(&I)：',
    '&Engine:': '数据库引擎(&E)：',
    '&Source:': '来源(&S)：',
    '&User:': '用户名(&U)：',
    'Pass&word:': '密码(&W)：',
    'Optional, 1-65535': '可选，1-65535',
    'Data&base:': '数据库(&B)：',
    '&Node ids:': '节点ID(&N)：',
    'Optional; separate ids with commas': '可选；多个ID以逗号分隔',
    '&Remarks:': '备注(&R)：',
    # Details pane
    'Field': '字段',
    'Value': '值',
    'Copy': '复制',
    # DRS connection
    'Use &SSL': '使用SSL(&S)',
    'Create DRS Connection': '新建DRS连接',
    '4-50 letters, digits, - or _': '4-50 个字母、数字、- 或 _',
    'Database &type:': '数据库类型(&T)：',
    'Scenario type: e.g. mysql (on-premises or other cloud), ecs_mysql (self-built on ECS), cloud_mysql (cloud DB '
    'instance).': '场景类型：例如 mysql（本地或其他云上的数据库）、ecs_mysql（ECS 自建数据库）、cloud_mysql（云数据库实例）。',
    '&Scenario:': '场景(&S)：',
    'IP; MongoDB: host:port,host:port': 'IP；MongoDB：host:port,host:port',
    '&Description:': '描述(&D)：',
    'Optional, at most 255 characters': '可选，最多 255 个字符',
    'Cloud DB instance &id:': '云数据库实例ID(&I)：',
    'Cloud DB instance na&me:': '云数据库实例名称(&M)：',
    'Network and project (optional)': '网络与项目（可选）',
    '&VPC id:': '虚拟私有云ID(&V)：',
    'Su&bnet id:': '子网ID(&B)：',
    'Securit&y group id:': '安全组ID(&Y)：',
    '&Region:': '区域(&R)：',
    'Pro&ject id:': '项目ID(&J)：',
    '&Enterprise project id:': '企业项目ID(&E)：',
    # Export
    'Export %1': '导出%1',
    'CSV files (*.csv);;All files (*)': 'CSV 文件 (*.csv);;所有文件 (*)',
    'Exporting %1…': '正在导出%1…',
    'Cancel': '取消',
    'Exported %1 to %2': '已将%1导出到 %2',
    'Export of %1 failed: %2': '导出%1失败：%2',
    'Select an instance first.': '请先选择实例。',
    'Export Rule Lists': '导出规则列表',
    'Export the audit scopes, SQL injection, risk and masking rules of this instance.':
        '导出该实例的审计范围、SQL注入规则、风险操作规则和隐私数据脱敏规则。',
    'One file per list…': '每个列表一个文件…',
    'One file…': '单个文件…',
    'Folder for the rule lists': '规则列表的保存文件夹',
    'Exporting rule lists…': '正在导出规则列表…',
    'Exported %n rule list file(s) to %1': '已导出 %n 个规则列表文件到 %1',
    'Export of the rule lists failed: %1': '导出规则列表失败：%1',
    'Export': '导出',
    # Instance docks
    'No databases in this instance. Add one with Add Database.': '该实例中没有数据库。请通过“添加数据库”添加。',
    'Agents': 'Agent',
    'No agents in this instance.': '该实例中没有 Agent。',
    'Audit Scopes': '审计范围',
    'No audit scopes. Add one with Add Audit Scope.': '没有审计范围。请通过“添加审计范围”添加。',
    'SQL Injection Rules': 'SQL注入规则',
    'No SQL injection rules match.': '没有匹配的SQL注入规则。',
    'Risk Rules': '风险操作规则',
    'No risk rules match.': '没有匹配的风险操作规则。',
    'Masking Rules': '隐私数据脱敏规则',
    'No privacy masking rules.': '没有隐私数据脱敏规则。',
    'Operation Log': '操作日志',
    'No operations in this time range.': '该时间范围内没有操作记录。',
    'Any audit status': '全部审计状态',
    'Audit on': '审计已开启',
    'Audit off': '审计已关闭',
    'Rule name (server)': '规则名称（服务端筛选）',
    'Any result': '全部结果',
    # Main window
    'Request Log': '请求日志',
    'Details': '详情',
    'DBSS Console — %1': 'DBSS 控制台 — %1',
    'No audit instances in this project.': '该项目中没有审计实例。',
    'Select a row to see every field': '选择一行以查看全部字段',
    'No requests yet.': '尚无请求。',
    '&Refresh': '刷新(&R)',
    '&Export Table…': '导出表格(&E)…',
    'Export the active table to CSV (its filter and sort apply)': '将当前表格导出为 CSV（按当前的筛选和排序）',
    'Export &Rule Lists…': '导出规则列表(&R)…',
    'Add &Database…': '添加数据库(&D)…',
    'Add &RDS Databases…': '添加RDS数据库(&R)…',
    'Add Audit &Scope…': '添加审计范围(&S)…',
    'New D&RS Connection…': '新建DRS连接(&R)…',
    'New D&AS Connection…': '新建DAS连接(&A)…',
    '&Profiles…': '连接配置(&P)…',
    '&File': '文件(&F)',
    'S&witch Profile': '切换配置文件(&W)',
    'Add BOM to CSV (for spreadsheets)': 'CSV 文件添加 BOM（便于电子表格打开）',
    '&Quit': '退出(&Q)',
    '&Audit': '审计(&A)',
    'Switch Selected &On': '开启所选(&O)',
    'Switch Selected O&ff': '关闭所选(&F)',
    '&Connections': '连接(&C)',
    '&View': '视图(&V)',
    'Reset &Layout': '重置布局(&L)',
    '&Help': '帮助(&H)',
    '&About DBSS Console': '关于 DBSS 控制台(&A)',
    'About &Qt': '关于 Qt(&Q)',
    'Main': '主工具栏',
    '(from region)': '（根据区域获取）',
    'Profile: %1 · Region: %2 · Project: %3 · %4': '配置文件：%1 · 区域：%2 · 项目：%3 · %4',
    'No request yet': '尚无请求',
    '%1: %2 in %3 ms': '%1：%2，耗时 %3 毫秒',
    'DBSS Console — %1 — %2': 'DBSS 控制台 — %1 — %2',
    '%1: %2': '%1：%2',
    'Select an audit instance first.': '请先选择审计实例。',
    'Database added.': '数据库已添加。',
    'Audit scope added.': '审计范围已添加。',
    'DRS connection created.': 'DRS连接已创建。',
    'DAS connection created.': 'DAS连接已创建。',
    'About DBSS Console': '关于 DBSS 控制台',
    '<h3>DBSS Console %1</h3><p>A desktop console for Huawei Cloud Database Security Service (database audit), DRS '
    'and DAS connections.</p>':
        '<h3>DBSS 控制台 %1</h3><p>华为云数据库安全服务（数据库审计）以及 DRS、DAS 连接的桌面控制台。</p>',
    # Profiles dialog (profile names allow ASCII parentheses only, hence "(副本)")
    'Enter the access key ID (AK).': '请输入访问密钥ID（AK）。',
    'Enter the secret access key (SK).': '请输入秘密访问密钥（SK）。',
    'Enter the security token of the temporary access key.': '请输入临时访问密钥的安全令牌。',
    'Enter the password of the IAM user.': '请输入 IAM 用户的密码。',
    'Connection Profiles': '连接配置',
    '&New': '新建(&N)',
    'D&uplicate': '复制(&U)',
    '&Delete': '删除(&D)',
    'Access key (AK/SK)': '访问密钥（AK/SK）',
    'Temporary access key + security token': '临时访问密钥 + 安全令牌',
    'IAM user and password': 'IAM 用户名和密码',
    '32 hexadecimal characters': '32 位十六进制字符',
    'Resolve from region': '根据区域获取',
    'Optional: SHA-256 of the server certificate (hex, colons allowed)': '可选：服务器证书的 SHA-256 值（十六进制，可含冒号）',
    ' s': ' 秒',
    'Keep for this session only (secrets stay in memory, not in the system keychain)':
        '仅在本次会话中保留（密钥只保存在内存中，不写入系统密钥环）',
    '&Authentication:': '认证方式(&A)：',
    'Access key ID:': '访问密钥ID：',
    'Secret access key:': '秘密访问密钥：',
    'Security token:': '安全令牌：',
    'IAM user:': 'IAM 用户名：',
    'Account (domain):': '账号名（domain）：',
    'IAM password:': 'IAM 密码：',
    '&Project ID:': '项目ID(&P)：',
    '%1 endpoint:': '%1 终端节点：',
    'Pinned certificate:': '固定证书：',
    '&Timeout:': '超时时间(&T)：',
    '&Test Connection': '测试连接(&T)',
    '&Save': '保存(&S)',
    'Kept for this session; leave empty to keep': '仅在本次会话中保留；留空则保持不变',
    'Stored in the keychain; leave empty to keep': '已保存在系统密钥环中；留空则保持不变',
    'Saving…': '正在保存…',
    'The profile settings were saved, but not its secrets.': '配置文件的设置已保存，但密钥未保存。',
    'Saved. The secrets are kept in memory until the console quits.': '已保存。密钥保存在内存中，直到控制台退出。',
    'Saved. The secrets are in the system keychain.': '已保存。密钥已存入系统密钥环。',
    'Testing the connection…': '正在测试连接…',
    'Connection failed: %1': '连接失败：%1',
    '%1 (copy)': '%1 (副本)',
    '%1 (copy %2)': '%1 (副本 %2)',
    'Duplicated as "%1". Edit its name and save to rename it.': '已复制为“%1”。修改名称并保存即可重命名。',
    'Delete Profile': '删除配置文件',
    'Delete the profile "%1" and its stored secrets?': '确定删除配置文件“%1”及其保存的密钥吗？',
    'Deleted the profile "%1".': '已删除配置文件“%1”。',
    'Submit': '提交',
    # Table dock
    'Retry': '重试',
    'Nothing here yet.': '暂无数据。',
    'Filter (Ctrl+F)': '筛选（Ctrl+F）',
    'Copy cell': '复制单元格',
    'Copy rows': '复制行',
    'Switch on': '开启',
    'Switch off': '关闭',
    'Export selection…': '导出所选…',
    'Export table…': '导出表格…',
    'Refresh': '刷新',
    'Loading %1 of %2…': '正在加载 %1 / %2…',
    'Loading…': '加载中…',
    '%1 of %2 rows': '%1 / %2 行',
    '%n row(s)': '%n 行',
    # Command line (main)
    'Desktop console for Huawei Cloud Database Security Service.': '华为云数据库安全服务（DBSS）的桌面控制台。',
    'Run the built-in API emulator and open the Sandbox profile on it.': '运行内置的 API 模拟器，并在其上打开 Sandbox 配置文件。',
    'User interface language (en, zh_CN).': '界面语言（en、zh_CN）。',
    'Open this connection profile.': '打开此连接配置文件。',
    # Instance control, buy wizard, security groups, tags
    'Start': '开启',
    'Stop': '停止',
    'Reboot': '重启',
    '%1 of %2 requested.': '已提交 %2 的%1请求。',
    '%1 of %2 failed: %3': '%2 %1失败：%3',
    'Instance': '实例',
    '%1 %2? Auditing pauses while it is not running.': '确定%1 %2 吗？实例未运行期间将暂停审计。',
    'Copy ID': '复制ID',
    'Copy Name': '复制名称',
    'Stop loading; the rows loaded so far stay': '停止加载；已加载的行会保留',
    'Only letters, digits, underscores (_) and hyphens (-).': '只能包含字母、数字、下划线（_）和中划线（-）。',
    'Choose months or years.': '请选择按月或按年购买。',
    'At least one period.': '购买时长至少为 1 个周期。',
    'Only one security group can be set at a time.': '一次只能设置一个安全组。',
    'Enter or select at least one tag.': '请输入或选择至少一个标签。',
    'The key %1 appears twice.': '标签键 %1 重复。',
    'Loading quota…': '正在加载配额…',
    'Renew &automatically': '自动续费(&A)',
    'Buy Audit Instance': '购买审计实例',
    '1. Location': '1. 区域与可用区',
    'Region:': '区域：',
    'Availability &zone:': '可用区(&Z)：',
    '2. Specification': '2. 规格',
    '&Specification:': '规格(&S)：',
    'Letters, digits, _ and -; at most 64': '字母、数字、_ 和 -，最多 64 个字符',
    '3. Network': '3. 网络',
    'Optional: assigned automatically': '可选：自动分配',
    'Security group ids, separated by commas': '安全组ID，以逗号分隔',
    'Security &groups:': '安全组(&G)：',
    '&Enterprise project:': '企业项目(&E)：',
    '4. Period': '4. 购买时长',
    'Months': '按月',
    'Years': '按年',
    '&Billed in:': '计费周期(&B)：',
    '&Length:': '购买时长(&L)：',
    'Product id of the price inquiry': '询价返回的产品ID',
    '&Product id:': '产品ID(&P)：',
    '&Order': '立即购买(&O)',
    'Quota unknown.': '配额未知。',
    'Quota: %n more instance(s) can be created (vCPUs left: %1, RAM left: %2 MB).':
        '配额：还可创建 %n 个实例（剩余 vCPU：%1，剩余内存：%2 MB）。',
    'Quota: no instance can be created; the order will be refused.': '配额：无法再创建实例，订单将被拒绝。',
    '%1 (%2: %3 vCPUs, %4 MB, %5 databases)': '%1（%2：%3 vCPU，%4 MB，%5 个数据库）',
    'Security Group': '安全组',
    'Instance resource:': '实例资源：',
    'Security group id (one group per change)': '安全组ID（每次修改一个安全组）',
    '&Security group:': '安全组(&S)：',
    '&Delete Selected': '删除所选(&D)',
    'Tags': '标签',
    'Tags:': '标签：',
    '1-128 characters': '1-128 个字符',
    '&Key:': '标签键(&K)：',
    'At most 255 characters; may be empty': '最多 255 个字符，可为空',
    '&Value:': '标签值(&V)：',
    '&Add Tag': '添加标签(&A)',
    '&Buy Instance…': '购买实例(&B)…',
    'Order a yearly/monthly audit instance': '购买包年/包月的审计实例',
    'Tags…': '标签…',
    'Security Groups…': '安全组…',
    '%1 (%2)': '%1（%2）',
    'Order for %1 placed; the instance appears while it is being created.': '已提交 %1 的订单；实例创建期间即会显示在列表中。',
    'Tags of %1': '%1 的标签',
    'Security group changed.': '安全组已修改。',
}

# (context, source) -> translation, where one English word means different things.
ZH_BY_CONTEXT = {
    ('dbss::views::MainWindow', 'Instances'): '审计实例',
    ('dbss::views::InstanceDocks', '%1 of %2'): '%2 的%1',   # dock tooltip: "<list> of <instance>"
    ('dbss::views::AddDatabaseDialog', '&Type:'): '数据库类型(&T)：',
    ('dbss::models::TagsModel', 'Key'): '标签键',
    ('dbss::models::TagsModel', 'Values'): '标签值',
    ('dbss::models::RiskRulesModel', 'Operation'): '操作',
    ('dbss::models::AuditScopesModel', 'Users'): '数据库用户',
    ('dbss::models::InstancesModel', 'Error'): '异常',
    ('dbss::models::InstanceControl', 'Stop'): '关闭',  # the instance; TableDock's "Stop" stops loading
}

# English plurals: source -> (singular, plural).
EN_PLURALS = {
    'Connected: %n audit instance(s) visible.': ('Connected: %n audit instance visible.',
                                                  'Connected: %n audit instances visible.'),
    'At least %n character(s).': ('At least %n character.', 'At least %n characters.'),
    'At most %n character(s).': ('At most %n character.', 'At most %n characters.'),
    '<b>Added (%n):</b> ': ('<b>Added (%n):</b> ', '<b>Added (%n):</b> '),
    '<b>Refused (%n):</b> ': ('<b>Refused (%n):</b> ', '<b>Refused (%n):</b> '),
    'Exported %n rule list file(s) to %1': ('Exported %n rule list file to %1', 'Exported %n rule list files to %1'),
    '%n row(s)': ('%n row', '%n rows'),
    'Quota: %n more instance(s) can be created (vCPUs left: %1, RAM left: %2 MB).':
        ('Quota: %n more instance can be created (vCPUs left: %1, RAM left: %2 MB).',
         'Quota: %n more instances can be created (vCPUs left: %1, RAM left: %2 MB).'),
}


def load_extra_dictionaries():
    """translations/zh_CN-dict/*.json: one file per area of the code, so parallel changes never edit
    the same lines. Each is {"source": "translation"}; a key "Context::source" applies to one context;
    a key "en-plural::source" maps to [singular, plural] for EN_PLURALS."""
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'translations', 'zh_CN-dict')
    if not os.path.isdir(folder):
        return
    import json
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.json'):
            continue
        with open(os.path.join(folder, name), encoding='utf-8') as f:
            for key, value in json.load(f).items():
                if key.startswith('en-plural::'):
                    EN_PLURALS[key[len('en-plural::'):]] = tuple(value)
                elif '::' in key and key.split('::', 1)[0].startswith('dbss::'):
                    context, source = key.rsplit('::', 1)[0], key.rsplit('::', 1)[1]
                    ZH_BY_CONTEXT[(context, source)] = value
                else:
                    ZH[key] = value


def zh_for(context, source):
    return ZH_BY_CONTEXT.get((context, source), ZH.get(source))


def set_translation(message, forms):
    tr = message.find('translation')
    if tr is None:
        tr = ET.SubElement(message, 'translation')
    for child in list(tr):
        tr.remove(child)
    tr.attrib.pop('type', None)
    if message.get('numerus') == 'yes':
        tr.text = None
        for form in forms:
            ET.SubElement(tr, 'numerusform').text = form
    else:
        tr.text = forms[0]


def is_open(message):
    tr = message.find('translation')
    if tr is None or tr.get('type') == 'unfinished':
        return True
    if message.get('numerus') == 'yes':
        return not any((f.text or '') for f in tr.findall('numerusform'))
    return not (tr.text or '')


def fill(path, force):
    tree = ET.parse(path)
    root = tree.getroot()
    language = root.get('language', '')
    chinese = language.startswith('zh')
    missing, filled = [], 0
    for context in root.findall('context'):
        cname = context.findtext('name')
        for message in context.findall('message'):
            tr = message.find('translation')
            if tr is not None and tr.get('type') in ('vanished', 'obsolete'):
                continue
            if not (force or is_open(message)):
                continue
            source = message.findtext('source')
            numerus = message.get('numerus') == 'yes'
            if chinese:
                text = zh_for(cname, source)
                if text is None:
                    missing.append((cname, source))
                    continue
                set_translation(message, [text])
                filled += 1
            elif numerus:
                forms = EN_PLURALS.get(source)
                if forms is None:
                    missing.append((cname, source))
                    continue
                set_translation(message, list(forms))
                filled += 1
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
        out.write(b'\n')
    # Rewrite in lupdate's own layout so the next lupdate run does not reformat the whole file.
    lconvert = shutil.which('lconvert') or '/usr/lib/qt6/bin/lconvert'
    if os.path.exists(lconvert):
        subprocess.run([lconvert, '-locations', 'none', '-i', path, '-o', path], check=True)
    print(f'{path}: {filled} filled, {len(missing)} without a translation in the dictionary')
    for cname, source in missing:
        print(f'  missing [{cname}] {source!r}')
    return missing


def main(argv):
    load_extra_dictionaries()
    force = '--force' in argv
    paths = [a for a in argv if a != '--force']
    if not paths:
        print(__doc__)
        return 2
    status = 0
    for path in paths:
        if fill(path, force):
            status = 1
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
