<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClientConfigFactory</name>
    <message>
        <source>DBSS_AK and DBSS_SK must be set together (only %1 is set).</source>
        <translation>DBSS_AK 和 DBSS_SK 必须同时设置（当前只设置了 %1）。</translation>
    </message>
    <message>
        <source>DBSS_SECURITY_TOKEN needs an access key: set DBSS_AK and DBSS_SK, or use an AK/SK profile.</source>
        <translation>DBSS_SECURITY_TOKEN 需要访问密钥：请设置 DBSS_AK 和 DBSS_SK，或使用 AK/SK 配置文件。</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message numerus="yes">
        <source>Connected: %n audit instance(s) visible.</source>
        <translation>
            <numerusform>连接成功：可见 %n 个审计实例。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>DBSS Console</source>
        <translation>DBSS 控制台</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>内置沙箱无法启动：%1</translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation>风险级别</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>无风险</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Risk levels (%1)</source>
        <translation>风险级别（%1）</translation>
    </message>
    <message>
        <source>Sandbox Ops</source>
        <translation>Sandbox Ops</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>ME-Abu Dhabi</source>
        <translation>中东-阿布扎比</translation>
    </message>
    <message>
        <source>AF-Johannesburg</source>
        <translation>非洲-约翰内斯堡</translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation>中国-香港</translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation>亚太-曼谷</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>亚太-新加坡</translation>
    </message>
    <message>
        <source>AP-Jakarta</source>
        <translation>亚太-雅加达</translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation>华东-上海二</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>华东-上海一</translation>
    </message>
    <message>
        <source>CN East-Qingdao</source>
        <translation>华东-青岛</translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation>华北-北京一</translation>
    </message>
    <message>
        <source>CN North-Ulanqab2</source>
        <translation>华北-乌兰察布二</translation>
    </message>
    <message>
        <source>CN North-Beijing2</source>
        <translation>华北-北京二</translation>
    </message>
    <message>
        <source>CN North-Beijing4</source>
        <translation>华北-北京四</translation>
    </message>
    <message>
        <source>CN North-Ulanqab1</source>
        <translation>华北-乌兰察布一</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>华南-广州</translation>
    </message>
    <message>
        <source>CN South-Shenzhen</source>
        <translation>华南-深圳</translation>
    </message>
    <message>
        <source>CN South-Guangzhou-InvitationOnly</source>
        <translation>华南-广州-友好用户环境</translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation>西南-贵阳一</translation>
    </message>
    <message>
        <source>EU-Paris</source>
        <translation>欧洲-巴黎</translation>
    </message>
    <message>
        <source>EU-Dublin</source>
        <translation>欧洲-都柏林</translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation>拉美-墨西哥城二</translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation>拉美-圣地亚哥</translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation>中东-利雅得</translation>
    </message>
    <message>
        <source>AP-Kuala Lumpur-OP6</source>
        <translation>亚太-吉隆坡-OP6</translation>
    </message>
    <message>
        <source>LA-Mexico City1</source>
        <translation>拉美-墨西哥城一</translation>
    </message>
    <message>
        <source>RU-Moscow</source>
        <translation>俄罗斯-莫斯科</translation>
    </message>
    <message>
        <source>RU-Moscow2</source>
        <translation>俄罗斯-莫斯科二</translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation>拉美-圣保罗一</translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation>土耳其-伊斯坦布尔</translation>
    </message>
</context>
<context>
    <name>dbss::api</name>
    <message>
        <source>the service answered %1</source>
        <translation>服务返回了 %1</translation>
    </message>
    <message>
        <source>the body is not a JSON object (%1)</source>
        <translation>响应体不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>mandatory field missing: %1</source>
        <translation>缺少必填字段：%1</translation>
    </message>
    <message>
        <source>the answer has no X-Subject-Token</source>
        <translation>响应中没有 X-Subject-Token</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>响应为空</translation>
    </message>
    <message>
        <source>the answer is not a JSON object (%1)</source>
        <translation>响应不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>the answer has no &quot;%1&quot;</source>
        <translation>响应中没有“%1”</translation>
    </message>
    <message>
        <source>the answer says %1=%2, not SUCCESS</source>
        <translation>响应为 %1=%2，而不是 SUCCESS</translation>
    </message>
</context>
<context>
    <name>dbss::api::ApiClient</name>
    <message>
        <source>no project id</source>
        <translation>没有项目ID</translation>
    </message>
    <message>
        <source>no access key configured</source>
        <translation>未配置访问密钥</translation>
    </message>
    <message>
        <source>IAM issued an expired token</source>
        <translation>IAM 签发的 Token 已过期</translation>
    </message>
    <message>
        <source>the deadline passed before it was sent</source>
        <translation>发送前已超过截止时间</translation>
    </message>
    <message>
        <source>larger than the limit of %1 MiB</source>
        <translation>超过上限 %1 MiB</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>%1 秒内未收到完整响应</translation>
    </message>
    <message>
        <source>redirected to %1; the API never redirects, so it was not followed</source>
        <translation>被重定向到 %1；该 API 从不重定向，因此未跟随</translation>
    </message>
    <message>
        <source>(no Location)</source>
        <translation>（无 Location）</translation>
    </message>
    <message>
        <source>%1 (the answer was cut after %2 bytes)</source>
        <translation>%1（响应在 %2 字节后中断）</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>意外的 HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>the answer was cut: %1 of %2 bytes</source>
        <translation>响应不完整：收到 %1 / %2 字节</translation>
    </message>
    <message>
        <source>answered HTTP %1; the documented success is %2</source>
        <translation>返回 HTTP %1；文档规定的成功状态码为 %2</translation>
    </message>
</context>
<context>
    <name>dbss::api::ApiError</name>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>%1 failed: cannot reach the service (%2)</source>
        <translation>%1 失败：无法连接服务（%2）</translation>
    </message>
    <message>
        <source>%1 failed: the server&apos;s certificate is not trusted (%2)</source>
        <translation>%1 失败：服务器证书不受信任（%2）</translation>
    </message>
    <message>
        <source>%1 failed: no answer in time</source>
        <translation>%1 失败：响应超时</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 已取消</translation>
    </message>
    <message>
        <source>%1 returned an answer that cannot be read: %2</source>
        <translation>%1 返回的响应无法解析：%2</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 未发送：%2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1 failed: %2: %3</source>
        <translation>%1 失败：%2：%3</translation>
    </message>
    <message>
        <source> (request id %1)</source>
        <translation>（请求ID：%1）</translation>
    </message>
    <message>
        <source>%1 failed: the answer is too large (%2)</source>
        <translation>%1 失败：响应过大（%2）</translation>
    </message>
</context>
<context>
    <name>dbss::api::FieldChecker</name>
    <message>
        <source>This field is mandatory.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>At least %n character(s).</source>
        <translation>至少 %n 个字符。</translation>
    </message>
    <message>
        <source>At most %n character(s).</source>
        <translation>最多 %n 个字符。</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>必须是以下值之一：%1。</translation>
    </message>
    <message>
        <source>Not an IPv4 or IPv6 address: %1</source>
        <translation>不是有效的 IPv4 或 IPv6 地址：%1</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Not a port from 1 to 65535: %1</source>
        <translation>不是 1 到 65535 之间的端口：%1</translation>
    </message>
</context>
<context>
    <name>dbss::api::NetworkSetup</name>
    <message>
        <source>The proxy must be a URL like http://proxy.example.com:3128 or socks5://HOST:PORT, not &apos;%1&apos;.</source>
        <translation>代理必须是形如 http://proxy.example.com:3128 或 socks5://主机:端口 的 URL，而不是“%1”。</translation>
    </message>
    <message>
        <source>The proxy URL cannot contain a user name or password (they would be stored in plain text).</source>
        <translation>代理 URL 不能包含用户名或密码（它们会以明文保存）。</translation>
    </message>
    <message>
        <source>The proxy URL has no path: give only the scheme, host and port.</source>
        <translation>代理 URL 不含路径：只填写协议、主机和端口。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read: %2</source>
        <translation>无法读取 CA 证书文件 %1：%2</translation>
    </message>
    <message>
        <source>The CA certificate file %1 contains no PEM certificate.</source>
        <translation>CA 证书文件 %1 中没有 PEM 格式的证书。</translation>
    </message>
</context>
<context>
    <name>dbss::api::Pager</name>
    <message>
        <source>the service announces %1 rows: %2 pages of %3, more than the %4 pages allowed</source>
        <translation>服务返回的总数为 %1 行：需 %2 页（每页 %3 行），超过允许的 %4 页</translation>
    </message>
    <message>
        <source>page %1 has %2 rows, more than the %3 asked</source>
        <translation>第 %1 页有 %2 行，多于请求的 %3 行</translation>
    </message>
    <message>
        <source>more than %1 full pages without a total</source>
        <translation>未返回总数且已超过 %1 个整页</translation>
    </message>
</context>
<context>
    <name>dbss::credentials</name>
    <message>
        <source>Enter a profile name.</source>
        <translation>请输入配置文件名称。</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>配置文件名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>A profile name can have at most %1 characters.</source>
        <translation>配置文件名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A profile name may contain letters, digits, spaces and . _ @ ( ) - only.</source>
        <translation>配置文件名称只能包含字母、数字、空格和 . _ @ ( ) -。</translation>
    </message>
    <message>
        <source>access key ID (AK)</source>
        <translation>访问密钥ID（AK）</translation>
    </message>
    <message>
        <source>secret access key (SK)</source>
        <translation>秘密访问密钥（SK）</translation>
    </message>
    <message>
        <source>security token</source>
        <translation>安全令牌（SecurityToken）</translation>
    </message>
    <message>
        <source>IAM password</source>
        <translation>IAM 密码</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (no profiles exist yet).</source>
        <translation>不存在名为“%1”的配置文件（尚未创建任何配置文件）。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Known profiles: %2.</source>
        <translation>不存在名为“%1”的配置文件。已有的配置文件：%2。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no stored %2. Save it again in the Profiles dialog, or set DBSS_AK and DBSS_SK.</source>
        <translation>配置文件“%1”没有保存%2。请在“连接配置”对话框中重新保存，或设置 DBSS_AK 和 DBSS_SK。</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; of the fleet regions is not a region where database audit is offered.</source>
        <translation>区域列表中的“%1”不是提供数据库安全服务的区域。</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is listed twice in the fleet regions.</source>
        <translation>区域“%1”在区域列表中重复出现。</translation>
    </message>
</context>
<context>
    <name>dbss::credentials::Profile</name>
    <message>
        <source>Choose a region (a code like cn-north-4).</source>
        <translation>请选择区域（形如 cn-north-4 的代码）。</translation>
    </message>
    <message>
        <source>Enter the 32-character hexadecimal project ID, or choose to resolve it from the region.</source>
        <translation>请输入 32 位十六进制的项目ID，或选择根据区域自动获取。</translation>
    </message>
    <message>
        <source>The %1 endpoint override must be an http:// or https:// URL with a host.</source>
        <translation>%1 终端节点地址必须是包含主机名的 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint must be a SHA-256 digest: 64 hexadecimal digits, colons allowed.</source>
        <translation>固定的证书指纹必须是 SHA-256 摘要：64 位十六进制数字，可包含冒号。</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 seconds.</source>
        <translation>超时时间必须在 %1 到 %2 秒之间。</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>请输入 IAM 用户名。</translation>
    </message>
    <message>
        <source>Enter the account (domain) name of the IAM user.</source>
        <translation>请输入 IAM 用户所属的账号名（domain）。</translation>
    </message>
</context>
<context>
    <name>dbss::credentials::ProfileEditor</name>
    <message>
        <source>The endpoint must be an http:// or https:// URL with a host.</source>
        <translation>终端节点必须是包含主机名的 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>Enter the access key ID (AK).</source>
        <translation>请输入访问密钥ID（AK）。</translation>
    </message>
    <message>
        <source>Enter the secret access key (SK).</source>
        <translation>请输入秘密访问密钥（SK）。</translation>
    </message>
    <message>
        <source>Enter the security token of the temporary access key.</source>
        <translation>请输入临时访问密钥的安全令牌。</translation>
    </message>
    <message>
        <source>Enter the password of the IAM user.</source>
        <translation>请输入 IAM 用户的密码。</translation>
    </message>
    <message>
        <source>The profile settings were saved, but not its secrets.</source>
        <translation>配置文件的设置已保存，但密钥未保存。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (副本)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (副本 %2)</translation>
    </message>
</context>
<context>
    <name>dbss::credentials::ProfileStore</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置文件已存在。</translation>
    </message>
    <message>
        <source>The settings file could not be written: %1</source>
        <translation>无法写入设置文件：%1</translation>
    </message>
    <message>
        <source>The secrets of the profile could not be read.</source>
        <translation>无法读取该配置文件的密钥。</translation>
    </message>
    <message>
        <source>The secrets could not be stored.</source>
        <translation>无法保存密钥。</translation>
    </message>
    <message>
        <source>The secrets of the profile could not be deleted.</source>
        <translation>无法删除该配置文件的密钥。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; disappeared while it was being renamed.</source>
        <translation>重命名过程中，配置文件“%1”已不存在。</translation>
    </message>
    <message>
        <source>The profile was renamed, but its old keychain entries could not be deleted.</source>
        <translation>配置文件已重命名，但无法删除其在系统密钥环中的旧条目。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; disappeared while it was being copied.</source>
        <translation>复制过程中，配置文件“%1”已不存在。</translation>
    </message>
</context>
<context>
    <name>dbss::credentials::SecretResult</name>
    <message>
        <source>The system keychain is unavailable: there is no D-Bus session bus. Start the console from a desktop session (or wrap it in dbus-run-session with an unlocked gnome-keyring-daemon), or choose &quot;Keep for this session only&quot;.</source>
        <translation>系统密钥环不可用：没有 D-Bus 会话总线。请在桌面会话中启动控制台（或用 dbus-run-session 配合已解锁的 gnome-keyring-daemon 运行），或选择“仅在本次会话中保留”。</translation>
    </message>
    <message>
        <source>The system keychain is unavailable: no Secret Service is running. Install and start gnome-keyring or KWallet, or choose &quot;Keep for this session only&quot;.</source>
        <translation>系统密钥环不可用：没有运行 Secret Service。请安装并启动 gnome-keyring 或 KWallet，或选择“仅在本次会话中保留”。</translation>
    </message>
    <message>
        <source>The system keychain is locked, has no login keyring yet, or refused access. Unlock (or create) your login keyring, for example by logging in to the desktop or with seahorse, and try again, or choose &quot;Keep for this session only&quot;.</source>
        <translation>系统密钥环已锁定、尚无登录密钥环或拒绝了访问。请解锁（或创建）登录密钥环（例如登录桌面或使用 seahorse）后重试，或选择“仅在本次会话中保留”。</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Check that your keyring works (for example with seahorse), or choose &quot;Keep for this session only&quot;.</source>
        <translation>系统密钥环报告了错误。请检查密钥环是否正常工作（例如使用 seahorse），或选择“仅在本次会话中保留”。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
</context>
<context>
    <name>dbss::fleet::FleetModel</name>
    <message>
        <source>Loading stopped</source>
        <translation>已停止加载</translation>
    </message>
    <message>
        <source>No way to load the profile&apos;s credentials.</source>
        <translation>无法加载该配置的凭证。</translation>
    </message>
    <message>
        <source>The profile could not be loaded.</source>
        <translation>无法加载该配置。</translation>
    </message>
    <message>
        <source>The account has no project in %1.</source>
        <translation>该账号在 %1 没有项目。</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n 个已关闭</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in error</source>
        <translation>
            <numerusform>%n 个异常</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n 个其他</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed to load</source>
        <translation>
            <numerusform>%n 个加载失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>dbss::fleet::FleetOverviewModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Databases audited</source>
        <translation>已审计数据库</translation>
    </message>
    <message>
        <source>Agents on</source>
        <translation>已开启Agent</translation>
    </message>
    <message>
        <source>High risk rules on</source>
        <translation>已开启高风险规则</translation>
    </message>
    <message>
        <source>Medium risk rules on</source>
        <translation>已开启中风险规则</translation>
    </message>
    <message>
        <source>Low risk rules on</source>
        <translation>已开启低风险规则</translation>
    </message>
    <message>
        <source>SQL injection rules on</source>
        <translation>已开启SQL注入规则</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近操作</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>No connection for this region.</source>
        <translation>该区域没有连接。</translation>
    </message>
    <message>
        <source>Loading stopped</source>
        <translation>已停止加载</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Risk rules</source>
        <translation>风险规则</translation>
    </message>
    <message>
        <source>SQL injection rules</source>
        <translation>SQL注入规则</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>dbss::models</name>
    <message>
        <source>%1: rule &apos;%2&apos; is of type %3 on the instance, the file says %4</source>
        <translation>%1：规则“%2”在实例上的类型为 %3，文件中为 %4</translation>
    </message>
    <message>
        <source>%1: no rule named &apos;%2&apos; (type %3) on the instance</source>
        <translation>%1：实例上没有名为“%2”（类型 %3）的规则</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>the API cannot create rules</source>
        <translation>API 无法创建规则</translation>
    </message>
    <message>
        <source>the API cannot delete rules</source>
        <translation>API 无法删除规则</translation>
    </message>
    <message>
        <source>the full audit scope cannot be deleted</source>
        <translation>全审计范围不能删除</translation>
    </message>
    <message>
        <source>databases not on the instance: %1</source>
        <translation>实例上不存在的数据库：%1</translation>
    </message>
    <message>
        <source>the API cannot create a full audit scope</source>
        <translation>API 无法创建全审计范围</translation>
    </message>
    <message>
        <source>switch it off with a second apply, once it exists</source>
        <translation>创建后请再次应用以将其关闭</translation>
    </message>
    <message>
        <source>the full audit scope cannot be edited</source>
        <translation>全审计范围不能修改</translation>
    </message>
</context>
<context>
    <name>dbss::models::AddRdsDatabasesAction</name>
    <message>
        <source>Select at least one database.</source>
        <translation>请至少选择一个数据库。</translation>
    </message>
    <message>
        <source>A selected database has no id.</source>
        <translation>所选数据库没有ID。</translation>
    </message>
    <message>
        <source>%1 cannot be audited without an agent.</source>
        <translation>%1 需要安装 Agent 才能审计。</translation>
    </message>
</context>
<context>
    <name>dbss::models::AgentsModel</name>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Application side</source>
        <translation>应用端</translation>
    </message>
    <message>
        <source>Database side</source>
        <translation>数据库端</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>采集中</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation>Agent ID</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>开启状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>NIC</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>CPU threshold</source>
        <translation>CPU阈值</translation>
    </message>
    <message>
        <source>Memory threshold</source>
        <translation>内存阈值</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>采集</translation>
    </message>
</context>
<context>
    <name>dbss::models::AuditScopeAction</name>
    <message>
        <source>Select at least one database, or all databases.</source>
        <translation>请至少选择一个数据库，或选择全部数据库。</translation>
    </message>
    <message>
        <source>&quot;All databases&quot; cannot be combined with single databases.</source>
        <translation>“全部数据库”不能与单个数据库同时选择。</translation>
    </message>
    <message>
        <source>Every database needs its name.</source>
        <translation>每个数据库都需要填写名称。</translation>
    </message>
    <message>
        <source>A value cannot contain a comma: %1</source>
        <translation>值中不能包含逗号：%1</translation>
    </message>
    <message>
        <source>Unknown operation: %1</source>
        <translation>未知的操作类型：%1</translation>
    </message>
</context>
<context>
    <name>dbss::models::AuditScopesModel</name>
    <message>
        <source>%1
Audits everything</source>
        <translation>%1
审计全部操作</translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID：%2</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>审计范围</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作类型</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>数据库用户</translation>
    </message>
    <message>
        <source>Source IPs</source>
        <translation>源IP</translation>
    </message>
    <message>
        <source>Source ports</source>
        <translation>源端口</translation>
    </message>
    <message>
        <source>Exception IPs</source>
        <translation>例外IP</translation>
    </message>
</context>
<context>
    <name>dbss::models::AvailabilityZonesModel</name>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>dbss::models::BuyInstanceAction</name>
    <message>
        <source>Only letters, digits, underscores (_) and hyphens (-).</source>
        <translation>只能包含字母、数字、下划线（_）和中划线（-）。</translation>
    </message>
    <message>
        <source>This field is mandatory.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Choose months or years.</source>
        <translation>请选择按月或按年购买。</translation>
    </message>
    <message>
        <source>At least one period.</source>
        <translation>购买时长至少为 1 个周期。</translation>
    </message>
</context>
<context>
    <name>dbss::models::ChangeHistoryModel</name>
    <message>
        <source>%1 on</source>
        <translation>%1：开启</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1：关闭</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>No answer (the change may or may not have been made)</source>
        <translation>无响应（变更可能已生效，也可能未生效）</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>失败（HTTP %1）</translation>
    </message>
    <message>
        <source>Failed (HTTP %1, %2)</source>
        <translation>失败（HTTP %1，%2）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求ID</translation>
    </message>
</context>
<context>
    <name>dbss::models::Checker</name>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须为非空字符串</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>必须为字符串数组</translation>
    </message>
    <message>
        <source>must be an array of non-empty strings</source>
        <translation>必须为非空字符串数组</translation>
    </message>
</context>
<context>
    <name>dbss::models::CreatedHistory</name>
    <message>
        <source>DRS connection</source>
        <translation>DRS 连接</translation>
    </message>
    <message>
        <source>DAS connection</source>
        <translation>DAS 连接</translation>
    </message>
    <message>
        <source>Instance order</source>
        <translation>实例订单</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>dbss::models::CsvExportJob</name>
    <message>
        <source>nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the list went away</source>
        <translation>列表已不存在</translation>
    </message>
    <message>
        <source>could not load every row: %1</source>
        <translation>无法加载全部行：%1</translation>
    </message>
</context>
<context>
    <name>dbss::models::CsvExporter</name>
    <message>
        <source>could not write</source>
        <translation>无法写入</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>输出文件未以写入方式打开</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>dbss::models::DasConnectionAction</name>
    <message>
        <source>Only letters and digits.</source>
        <translation>只能包含字母和数字。</translation>
    </message>
    <message>
        <source>A node id is 32 letters or digits: %1</source>
        <translation>节点ID应为 32 位字母或数字：%1</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
</context>
<context>
    <name>dbss::models::DatabaseDeletion</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个数据库。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) deleted; failed: %1</source>
        <translation>
            <numerusform>已删除 %n 个数据库；失败：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbss::models::DatabaseSlots</name>
    <message>
        <source>Database slots unknown: %1</source>
        <translation>数据库配额未知：%1</translation>
    </message>
    <message>
        <source>Checking the instance&apos;s database slots…</source>
        <translation>正在查询实例的数据库配额…</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s) audited; the instance&apos;s limit is unknown.</source>
        <translation>
            <numerusform>已审计 %n 个数据库；实例上限未知。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 database slots used; %n left.</source>
        <translation>
            <numerusform>已使用 %1/%2 个数据库配额；剩余 %n 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbss::models::DatabasesModel</name>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID：%2</translation>
    </message>
    <message>
        <source>Switching audit %1…</source>
        <translation>正在%1审计…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Charset</source>
        <translation>字符集</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Audit status</source>
        <translation>审计状态</translation>
    </message>
</context>
<context>
    <name>dbss::models::DrsConnectionAction</name>
    <message>
        <source>Only letters, digits, hyphens (-) and underscores (_).</source>
        <translation>只能包含字母、数字、中划线（-）和下划线（_）。</translation>
    </message>
    <message>
        <source>Enter the database address, or the id of a cloud DB instance.</source>
        <translation>请输入数据库地址，或云数据库实例的ID。</translation>
    </message>
    <message>
        <source>MongoDB addresses are host:port, at most three, separated by commas.</source>
        <translation>MongoDB 地址的格式为 host:port，最多三个，以逗号分隔。</translation>
    </message>
    <message>
        <source>Scenario %1 is not for %2 databases; choose %2, ecs_%2 or cloud_%2.</source>
        <translation>场景 %1 不适用于 %2 数据库；请选择 %2、ecs_%2 或 cloud_%2。</translation>
    </message>
    <message>
        <source>Enter an IP address or a host name.</source>
        <translation>请输入 IP 地址或主机名。</translation>
    </message>
    <message>
        <source>%1: each shard is host:port (an IP address or host name, port 1-65535).</source>
        <translation>%1：每个分片格式为 host:port（IP 地址或主机名，端口 1-65535）。</translation>
    </message>
    <message>
        <source>The certificate content must be Base64.</source>
        <translation>证书内容必须为 Base64 编码。</translation>
    </message>
</context>
<context>
    <name>dbss::models::InstanceControl</name>
    <message>
        <source>Start</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>%1 of %2 requested.</source>
        <translation>已提交 %2 的%1请求。</translation>
    </message>
    <message>
        <source>%1 of %2 failed: %3</source>
        <translation>%2 %1失败：%3</translation>
    </message>
</context>
<context>
    <name>dbss::models::InstanceFollower</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Following %1…</source>
        <translation>正在跟踪 %1…</translation>
    </message>
    <message>
        <source>Waiting for %1 to appear…</source>
        <translation>正在等待 %1 出现…</translation>
    </message>
</context>
<context>
    <name>dbss::models::InstanceJobsModel</name>
    <message>
        <source>Select an instance to see its jobs.</source>
        <translation>请选择实例以查看其任务。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) in progress (%1); checking again automatically…</source>
        <translation>
            <numerusform>%n 个任务进行中（%1）；正在自动刷新…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the jobs…</source>
        <translation>正在查询任务…</translation>
    </message>
    <message>
        <source>No creation jobs for this instance.</source>
        <translation>该实例没有创建任务。</translation>
    </message>
    <message>
        <source>Every job has finished.</source>
        <translation>所有任务均已结束。</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>dbss::models::InstancesModel</name>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Waiting for standby</source>
        <translation>等待备机就绪</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation>升级中</translation>
    </message>
    <message>
        <source>Yearly/Monthly</source>
        <translation>包年/包月</translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation>按需计费</translation>
    </message>
    <message>
        <source>%1 (task: %2)</source>
        <translation>%1（任务：%2）</translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID：%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP地址</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
</context>
<context>
    <name>dbss::models::MaskingRulesModel</name>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>替换值</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>dbss::models::OperationLogModel</name>
    <message>
        <source>Last 30 minutes</source>
        <translation>近30分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>近1小时</translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <translation>近3小时</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>近12小时</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>近1天</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>近1周</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>近1个月</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>dbss::models::OperationNames</name>
    <message>
        <source>Add database</source>
        <translation>添加数据库</translation>
    </message>
    <message>
        <source>Add audit scope</source>
        <translation>添加审计范围</translation>
    </message>
    <message>
        <source>Add RDS databases</source>
        <translation>添加RDS数据库</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Delete tags</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Count instances by tag</source>
        <translation>按标签统计实例</translation>
    </message>
    <message>
        <source>Create DRS connection</source>
        <translation>创建DRS连接</translation>
    </message>
    <message>
        <source>Create DAS connection</source>
        <translation>创建DAS连接</translation>
    </message>
    <message>
        <source>Buy instance</source>
        <translation>购买实例</translation>
    </message>
    <message>
        <source>Delete database</source>
        <translation>删除数据库</translation>
    </message>
    <message>
        <source>Sign in (IAM token)</source>
        <translation>登录（IAM令牌）</translation>
    </message>
    <message>
        <source>List projects</source>
        <translation>查询项目列表</translation>
    </message>
    <message>
        <source>List agents</source>
        <translation>查询Agent列表</translation>
    </message>
    <message>
        <source>List databases</source>
        <translation>查询数据库列表</translation>
    </message>
    <message>
        <source>List instance jobs</source>
        <translation>查询实例任务</translation>
    </message>
    <message>
        <source>List instances</source>
        <translation>查询实例列表</translation>
    </message>
    <message>
        <source>List risk rules</source>
        <translation>查询风险操作规则</translation>
    </message>
    <message>
        <source>List audit scopes</source>
        <translation>查询审计范围</translation>
    </message>
    <message>
        <source>List masking rules</source>
        <translation>查询隐私数据脱敏规则</translation>
    </message>
    <message>
        <source>List availability zones</source>
        <translation>查询可用区</translation>
    </message>
    <message>
        <source>List specifications</source>
        <translation>查询规格</translation>
    </message>
    <message>
        <source>List operation logs</source>
        <translation>查询操作日志</translation>
    </message>
    <message>
        <source>List tags</source>
        <translation>查询标签</translation>
    </message>
    <message>
        <source>List RDS databases</source>
        <translation>查询RDS数据库</translation>
    </message>
    <message>
        <source>List instances by tag</source>
        <translation>按标签查询实例</translation>
    </message>
    <message>
        <source>List SQL injection rules</source>
        <translation>查询SQL注入规则</translation>
    </message>
    <message>
        <source>Reboot instance</source>
        <translation>重启实例</translation>
    </message>
    <message>
        <source>Change security group</source>
        <translation>修改安全组</translation>
    </message>
    <message>
        <source>Show quota</source>
        <translation>查询配额</translation>
    </message>
    <message>
        <source>Show risk rule</source>
        <translation>查询风险操作规则详情</translation>
    </message>
    <message>
        <source>Start instance</source>
        <translation>开启实例</translation>
    </message>
    <message>
        <source>Stop instance</source>
        <translation>关闭实例</translation>
    </message>
    <message>
        <source>Switch agent</source>
        <translation>开关Agent</translation>
    </message>
    <message>
        <source>Switch database audit</source>
        <translation>开关数据库审计</translation>
    </message>
    <message>
        <source>Switch risk rules</source>
        <translation>开关风险操作规则</translation>
    </message>
    <message>
        <source>Switch SQL injection rule</source>
        <translation>开关SQL注入规则</translation>
    </message>
    <message>
        <source>Switch masking rules</source>
        <translation>开关隐私数据脱敏规则</translation>
    </message>
    <message>
        <source>Switch audit scopes</source>
        <translation>开关审计范围</translation>
    </message>
    <message>
        <source>Edit audit scope</source>
        <translation>编辑审计范围</translation>
    </message>
    <message>
        <source>Delete audit scope</source>
        <translation>删除审计范围</translation>
    </message>
</context>
<context>
    <name>dbss::models::PagedRowsModel</name>
    <message>
        <source>%1; re-reading the rows failed too: %2</source>
        <translation>%1；重新读取这些行也失败了：%2</translation>
    </message>
</context>
<context>
    <name>dbss::models::Policy</name>
    <message>
        <source>must be &quot;%1&quot;: this is not a policy file</source>
        <translation>必须为“%1”：这不是策略文件</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>必须为不小于 1 的整数</translation>
    </message>
    <message>
        <source>the file has version %1; this program reads versions up to %2 — update dbss-console to use it</source>
        <translation>文件版本为 %1；本程序最高只能读取版本 %2，请升级 dbss-console 后再使用</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须为数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须为对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a type of %2 (allowed: %3)</source>
        <translation>“%1”不是 %2 的类型（允许：%3）</translation>
    </message>
    <message>
        <source>rule &apos;%1&apos; (%2) is listed twice</source>
        <translation>规则“%1”（%2）重复列出</translation>
    </message>
    <message>
        <source>names no database (use [&quot;ALL&quot;] for every database)</source>
        <translation>未指定数据库（全部数据库请使用 [&quot;ALL&quot;]）</translation>
    </message>
    <message>
        <source>&quot;ALL&quot; cannot be combined with single databases</source>
        <translation>“ALL”不能与单个数据库同时使用</translation>
    </message>
    <message>
        <source>audit scope &apos;%1&apos; is listed twice</source>
        <translation>审计范围“%1”重复列出</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>dbss::models::PolicyApplier</name>
    <message>
        <source>no API client</source>
        <translation>没有 API 客户端</translation>
    </message>
    <message>
        <source>the service answered success but the change is not in effect</source>
        <translation>服务返回成功，但变更未生效</translation>
    </message>
</context>
<context>
    <name>dbss::models::PolicyChange</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>[not possible: %1]</source>
        <translation>[无法变更：%1]</translation>
    </message>
</context>
<context>
    <name>dbss::models::PolicyCompareModel</name>
    <message>
        <source>Risk rule</source>
        <translation>风险规则</translation>
    </message>
    <message>
        <source>SQL injection rule</source>
        <translation>SQL注入规则</translation>
    </message>
    <message>
        <source>Masking rule</source>
        <translation>隐私数据脱敏规则</translation>
    </message>
    <message>
        <source>Audit scope</source>
        <translation>审计范围</translation>
    </message>
    <message>
        <source>full audit</source>
        <translation>全量审计</translation>
    </message>
    <message>
        <source>databases: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>users: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>source IPs: %1</source>
        <translation>源IP：%1</translation>
    </message>
    <message>
        <source>source ports: %1</source>
        <translation>源端口：%1</translation>
    </message>
    <message>
        <source>exception IPs: %1</source>
        <translation>例外IP：%1</translation>
    </message>
    <message>
        <source>actions: %1</source>
        <translation>操作：%1</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>Differs from %1</source>
        <translation>与 %1 不同</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Rule Type</source>
        <translation>规则类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1（基准）</translation>
    </message>
</context>
<context>
    <name>dbss::models::PolicyReader</name>
    <message>
        <source>no API client</source>
        <translation>没有 API 客户端</translation>
    </message>
</context>
<context>
    <name>dbss::models::QuotaModel</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
</context>
<context>
    <name>dbss::models::RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求ID</translation>
    </message>
</context>
<context>
    <name>dbss::models::RiskRulesModel</name>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Switching %1…</source>
        <translation>正在%1…</translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID：%2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>开启状态</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险级别</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>特征</translation>
    </message>
</context>
<context>
    <name>dbss::models::Row</name>
    <message>
        <source>%1; re-reading the rows failed too: %2</source>
        <translation type="vanished">%1；重新读取这些行也失败了：%2</translation>
    </message>
</context>
<context>
    <name>dbss::models::RuleListsExport</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>could not load a list: %1</source>
        <translation>无法加载列表：%1</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>dbss::models::SecurityGroupAction</name>
    <message>
        <source>This field is mandatory.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Only one security group can be set at a time.</source>
        <translation>一次只能设置一个安全组。</translation>
    </message>
</context>
<context>
    <name>dbss::models::SpecificationsModel</name>
    <message>
        <source>Basic</source>
        <translation type="vanished">基础版</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="vanished">专业版</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="vanished">高级版</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Availability zones</source>
        <translation>可用区</translation>
    </message>
</context>
<context>
    <name>dbss::models::SqlInjectionRulesModel</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险级别</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键字</translation>
    </message>
</context>
<context>
    <name>dbss::models::SubmitAction</name>
    <message>
        <source>a request is already in flight</source>
        <translation>已有请求正在处理中</translation>
    </message>
</context>
<context>
    <name>dbss::models::TagsAction</name>
    <message>
        <source>Enter or select at least one tag.</source>
        <translation>请输入或选择至少一个标签。</translation>
    </message>
    <message>
        <source>The key %1 appears twice.</source>
        <translation>标签键 %1 重复。</translation>
    </message>
</context>
<context>
    <name>dbss::models::TagsModel</name>
    <message>
        <source>Key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>标签值</translation>
    </message>
</context>
<context>
    <name>dbss::models::cell</name>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>无风险</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基础版</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>专业版</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级版</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n database(s)</source>
        <translation>
            <numerusform>%1，%n 个数据库</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbss::views</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>dbss::views::ActivityChart</name>
    <message numerus="yes">
        <source>%n-minute buckets</source>
        <translation>
            <numerusform>每 %n 分钟一组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-hour buckets</source>
        <translation>
            <numerusform>每 %n 小时一组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-day buckets</source>
        <translation>
            <numerusform>每 %n 天一组</numerusform>
        </translation>
    </message>
    <message>
        <source>By result</source>
        <translation>按结果</translation>
    </message>
    <message>
        <source>By user</source>
        <translation>按用户</translation>
    </message>
    <message>
        <source>Stack the bars by result or by user</source>
        <translation>按结果或按用户堆叠柱形</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Show the range shown before the selected span</source>
        <translation>显示选择时间段之前的时间范围</translation>
    </message>
    <message>
        <source>Drag across the bars (or click one) to show that span in the log</source>
        <translation>在柱形上拖动（或单击一个柱形），在日志中显示该时间段</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>%1 operations, %2</source>
        <translation>%1 次操作，%2</translation>
    </message>
    <message>
        <source> (%1 outside the range)</source>
        <translation>（%1 条不在时间范围内）</translation>
    </message>
</context>
<context>
    <name>dbss::views::ActivityChartView</name>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
</context>
<context>
    <name>dbss::views::AddDatabaseDialog</name>
    <message>
        <source>Self-built (ECS)</source>
        <translation>自建数据库（ECS）</translation>
    </message>
    <message>
        <source>RDS</source>
        <translation>RDS</translation>
    </message>
    <message>
        <source>Linux (64-bit)</source>
        <translation>Linux（64位）</translation>
    </message>
    <message>
        <source>Windows (64-bit)</source>
        <translation>Windows（64位）</translation>
    </message>
    <message>
        <source>Unix</source>
        <translation>Unix</translation>
    </message>
    <message>
        <source>Add Database</source>
        <translation>添加数据库</translation>
    </message>
    <message>
        <source>(no instance selected)</source>
        <translation>（未选择实例）</translation>
    </message>
    <message>
        <source>Audit instance:</source>
        <translation>审计实例：</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>数据库类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>数据库类型(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. 8.0</source>
        <translation>例如 8.0</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>C&amp;haracter set:</source>
        <translation>字符集(&amp;H)：</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address</source>
        <translation>IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>IP地址(&amp;I)：</translation>
    </message>
    <message>
        <source>1-65535</source>
        <translation>1-65535</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>操作系统(&amp;O)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Database i&amp;nstance name:</source>
        <translation>数据库实例名(&amp;N)：</translation>
    </message>
    <message>
        <source>This instance already audits %1 at %2:%3 (id %4). Adding it again audits the same database twice.</source>
        <translation>该实例已在审计 %2:%3 上的 %1（ID %4）。再次添加将重复审计同一数据库。</translation>
    </message>
</context>
<context>
    <name>dbss::views::AddRdsDatabasesDialog</name>
    <message>
        <source>Add RDS Databases</source>
        <translation>添加RDS数据库</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>RDS instance</source>
        <translation>RDS实例</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Add Selected</source>
        <translation>添加所选</translation>
    </message>
    <message>
        <source>This database cannot be audited without an agent.</source>
        <translation>该数据库需要安装 Agent 才能审计。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Added (%n):&lt;/b&gt; </source>
        <translation>
            <numerusform>&lt;b&gt;已添加（%n）：&lt;/b&gt; </numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Refused (%n):&lt;/b&gt; </source>
        <translation>
            <numerusform>&lt;b&gt;被拒绝（%n）：&lt;/b&gt; </numerusform>
        </translation>
    </message>
    <message>
        <source>Already audited by this instance.</source>
        <translation>该实例已在审计此数据库。</translation>
    </message>
    <message>
        <source>Already audited</source>
        <translation>已审计</translation>
    </message>
</context>
<context>
    <name>dbss::views::AuditScopeDialog</name>
    <message>
        <source>&amp;All databases</source>
        <translation>全部数据库(&amp;A)</translation>
    </message>
    <message>
        <source>Add Audit Scope</source>
        <translation>添加审计范围</translation>
    </message>
    <message>
        <source>(no instance selected)</source>
        <translation>（未选择实例）</translation>
    </message>
    <message>
        <source>Audit instance:</source>
        <translation>审计实例：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional; separate accounts with commas</source>
        <translation>可选；多个账号以逗号分隔</translation>
    </message>
    <message>
        <source>Database &amp;users:</source>
        <translation>数据库用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Optional; e.g. 192.168.0.10, fd00::1</source>
        <translation>可选；例如 192.168.0.10, fd00::1</translation>
    </message>
    <message>
        <source>&amp;Source IPs:</source>
        <translation>源IP(&amp;S)：</translation>
    </message>
    <message>
        <source>Optional; e.g. 3306, 5432</source>
        <translation>可选；例如 3306, 5432</translation>
    </message>
    <message>
        <source>Source &amp;ports:</source>
        <translation>源端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Optional; addresses never audited</source>
        <translation>可选；这些地址不会被审计</translation>
    </message>
    <message>
        <source>E&amp;xception IPs:</source>
        <translation>例外IP(&amp;X)：</translation>
    </message>
    <message>
        <source>The operations audited; none checked: every operation.</source>
        <translation>要审计的操作类型；不勾选则审计全部操作。</translation>
    </message>
    <message>
        <source>Ope&amp;rations:</source>
        <translation>操作类型(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>dbss::views::BuyInstanceWizard</name>
    <message>
        <source>Loading quota…</source>
        <translation>正在加载配额…</translation>
    </message>
    <message>
        <source>Renew &amp;automatically</source>
        <translation>自动续费(&amp;A)</translation>
    </message>
    <message>
        <source>Buy Audit Instance</source>
        <translation>购买审计实例</translation>
    </message>
    <message>
        <source>1. Location</source>
        <translation>1. 区域与可用区</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Availability &amp;zone:</source>
        <translation>可用区(&amp;Z)：</translation>
    </message>
    <message>
        <source>2. Specification</source>
        <translation>2. 规格</translation>
    </message>
    <message>
        <source>&amp;Specification:</source>
        <translation>规格(&amp;S)：</translation>
    </message>
    <message>
        <source>Letters, digits, _ and -; at most 64</source>
        <translation>字母、数字、_ 和 -，最多 64 个字符</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>3. Network</source>
        <translation>3. 网络</translation>
    </message>
    <message>
        <source>&amp;VPC id:</source>
        <translation>虚拟私有云ID(&amp;V)：</translation>
    </message>
    <message>
        <source>Su&amp;bnet id:</source>
        <translation>子网ID(&amp;B)：</translation>
    </message>
    <message>
        <source>Optional: assigned automatically</source>
        <translation>可选：自动分配</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>IP地址(&amp;I)：</translation>
    </message>
    <message>
        <source>Security group ids, separated by commas</source>
        <translation type="vanished">安全组ID，以逗号分隔</translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation type="vanished">安全组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Enterprise project:</source>
        <translation>企业项目(&amp;E)：</translation>
    </message>
    <message>
        <source>4. Period</source>
        <translation>4. 购买时长</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>&amp;Billed in:</source>
        <translation>计费周期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>购买时长(&amp;L)：</translation>
    </message>
    <message>
        <source>Product id of the price inquiry</source>
        <translation>询价返回的产品ID</translation>
    </message>
    <message>
        <source>&amp;Product id:</source>
        <translation>产品ID(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>立即购买(&amp;O)</translation>
    </message>
    <message>
        <source>Quota unknown.</source>
        <translation>配额未知。</translation>
    </message>
    <message numerus="yes">
        <source>Quota: %n more instance(s) can be created (vCPUs left: %1, RAM left: %2 MB).</source>
        <translation>
            <numerusform>配额：还可创建 %n 个实例（剩余 vCPU：%1，剩余内存：%2 MB）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota: no instance can be created; the order will be refused.</source>
        <translation>配额：无法再创建实例，订单将被拒绝。</translation>
    </message>
    <message>
        <source>%1 (%2: %3 vCPUs, %4 MB, %5 databases)</source>
        <translation>%1（%2：%3 vCPU，%4 MB，%5 个数据库）</translation>
    </message>
    <message>
        <source>The console cannot list VPCs. Find the id on the VPC console (&lt;a href=&quot;https://console.huaweicloud.com/vpc/&quot;&gt;Virtual Private Cloud&lt;/a&gt; &amp;gt; the VPC &amp;gt; ID), in the region above.</source>
        <translation>控制台无法列出虚拟私有云。请在 VPC 控制台查看 ID（&lt;a href=&quot;https://console.huaweicloud.com/vpc/&quot;&gt;虚拟私有云&lt;/a&gt; &amp;gt; 该虚拟私有云 &amp;gt; ID），区域与上方一致。</translation>
    </message>
    <message>
        <source>The subnet&apos;s &lt;i&gt;network ID&lt;/i&gt; on the VPC console (Subnets &amp;gt; the subnet); it must belong to the VPC and be in the chosen zone.</source>
        <translation>VPC 控制台中子网的&lt;i&gt;网络 ID&lt;/i&gt;（子网 &amp;gt; 该子网）；子网须属于该虚拟私有云并位于所选可用区。</translation>
    </message>
    <message>
        <source>Security group id</source>
        <translation>安全组 ID</translation>
    </message>
    <message>
        <source>Security &amp;group:</source>
        <translation>安全组(&amp;G)：</translation>
    </message>
    <message>
        <source>VPC console &amp;gt; Access Control &amp;gt; Security Groups &amp;gt; the group&apos;s ID. The instance gets one security group.</source>
        <translation>VPC 控制台 &amp;gt; 访问控制 &amp;gt; 安全组 &amp;gt; 该安全组的 ID。实例只能绑定一个安全组。</translation>
    </message>
    <message>
        <source>The product id comes from the price inquiry of Huawei Cloud&apos;s billing service (BSS ListRateOnPeriodDetail, e.g. in &lt;a href=&quot;https://console.huaweicloud.com/apiexplorer/&quot;&gt;API Explorer&lt;/a&gt;) for the chosen specification, region and period; the console cannot query it.</source>
        <translation>产品 ID 来自华为云费用中心的询价接口（BSS ListRateOnPeriodDetail，可在 &lt;a href=&quot;https://console.huaweicloud.com/apiexplorer/&quot;&gt;API Explorer&lt;/a&gt; 中调用），按所选规格、区域和周期查询；控制台无法查询。</translation>
    </message>
    <message>
        <source>%1 — edition %2: %3 vCPUs, %4 GB memory, up to %5 databases; zones: %6</source>
        <translation>%1 — 版本 %2：%3 vCPU，%4 GB 内存，最多 %5 个数据库；可用区：%6</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>dbss::views::ConsoleController</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Sandbox keys kept for this session only: %1</source>
        <translation>沙箱密钥仅在本次会话中保留：%1</translation>
    </message>
    <message>
        <source>Open Profile</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; cannot be opened: %2</source>
        <translation>无法打开配置文件“%1”：%2</translation>
    </message>
    <message>
        <source>No connection profile: nothing to open.</source>
        <translation>没有连接配置文件，无法打开。</translation>
    </message>
    <message>
        <source>DBSS Console</source>
        <translation>DBSS 控制台</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>内置沙箱无法启动：%1</translation>
    </message>
    <message>
        <source>Reset Sandbox</source>
        <translation>重置沙箱</translation>
    </message>
    <message>
        <source>Throw away every change made in the sandbox and start again with the demo data?</source>
        <translation>丢弃在沙箱中所做的全部更改，并使用演示数据重新开始？</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>The sandbox starts afresh with the demo data.</source>
        <translation>沙箱已使用演示数据重新开始。</translation>
    </message>
</context>
<context>
    <name>dbss::views::CreatedResultDialog</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>全部复制(&amp;A)</translation>
    </message>
</context>
<context>
    <name>dbss::views::DasConnectionDialog</name>
    <message>
        <source>Save the password on the DAS service</source>
        <translation>在 DAS 服务中保存密码</translation>
    </message>
    <message>
        <source>Record &amp;SQL statements</source>
        <translation>记录SQL语句(&amp;S)</translation>
    </message>
    <message>
        <source>Create DAS Connection</source>
        <translation>新建DAS连接</translation>
    </message>
    <message>
        <source>DB &amp;instance id:</source>
        <translation type="vanished">数据库实例ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>数据库引擎(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Optional, 1-65535</source>
        <translation>可选，1-65535</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>数据库(&amp;B)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Node ids:</source>
        <translation>节点ID(&amp;N)：</translation>
    </message>
    <message>
        <source>Optional; separate ids with commas</source>
        <translation>可选；多个ID以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <source>Pick a known RDS instance or type its id</source>
        <translation>选择已知的 RDS 实例或输入其 ID</translation>
    </message>
    <message>
        <source>DB &amp;instance:</source>
        <translation>数据库实例(&amp;I)：</translation>
    </message>
    <message>
        <source>The list of RDS instances could not be read; type the id.</source>
        <translation>无法读取 RDS 实例列表，请输入 ID。</translation>
    </message>
    <message>
        <source>%1 — %2 %3:%4 (%5)</source>
        <translation>%1 — %2 %3:%4（%5）</translation>
    </message>
</context>
<context>
    <name>dbss::views::DetailsPane</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Select a row to see its details</source>
        <translation>选择一行以查看详情</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Switching…</source>
        <translation>正在切换…</translation>
    </message>
    <message>
        <source>Rule definition</source>
        <translation>规则定义</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>全部字段</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险级别</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作类型</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>操作对象</translation>
    </message>
    <message>
        <source>Client IP addresses</source>
        <translation>客户端IP地址</translation>
    </message>
    <message>
        <source>Execution time</source>
        <translation>执行时长</translation>
    </message>
    <message>
        <source>%1 %2 ms</source>
        <translation>%1 %2 毫秒</translation>
    </message>
    <message>
        <source>Affected rows</source>
        <translation>影响行数</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>忽略大小写</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>未加载</translation>
    </message>
</context>
<context>
    <name>dbss::views::DrsConnectionDialog</name>
    <message>
        <source>Use &amp;SSL</source>
        <translation>使用SSL(&amp;S)</translation>
    </message>
    <message>
        <source>Create DRS Connection</source>
        <translation>新建DRS连接</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>4-50 letters, digits, - or _</source>
        <translation>4-50 个字母、数字、- 或 _</translation>
    </message>
    <message>
        <source>Database &amp;type:</source>
        <translation>数据库类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Scenario type: e.g. mysql (on-premises or other cloud), ecs_mysql (self-built on ECS), cloud_mysql (cloud DB instance).</source>
        <translation>场景类型：例如 mysql（本地或其他云上的数据库）、ecs_mysql（ECS 自建数据库）、cloud_mysql（云数据库实例）。</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>场景(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation type="vanished">IP地址(&amp;I)：</translation>
    </message>
    <message>
        <source>IP; MongoDB: host:port,host:port</source>
        <translation type="vanished">IP；MongoDB：host:port,host:port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>1-65535</source>
        <translation>1-65535</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>数据库(&amp;B)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional, at most 255 characters</source>
        <translation>可选，最多 255 个字符</translation>
    </message>
    <message>
        <source>Cloud DB instance &amp;id:</source>
        <translation>云数据库实例ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Cloud DB instance na&amp;me:</source>
        <translation>云数据库实例名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Network and project (optional)</source>
        <translation>网络与项目（可选）</translation>
    </message>
    <message>
        <source>&amp;VPC id:</source>
        <translation>虚拟私有云ID(&amp;V)：</translation>
    </message>
    <message>
        <source>Su&amp;bnet id:</source>
        <translation>子网ID(&amp;B)：</translation>
    </message>
    <message>
        <source>Securit&amp;y group id:</source>
        <translation>安全组ID(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>Pro&amp;ject id:</source>
        <translation>项目ID(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Enterprise project id:</source>
        <translation>企业项目ID(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>IP or host name; MongoDB: host:port,host:port</source>
        <translation>IP 或主机名；MongoDB：host:port,host:port</translation>
    </message>
    <message>
        <source>SSL</source>
        <translation>SSL</translation>
    </message>
    <message>
        <source>Endpoint details (optional)</source>
        <translation>终端详情（可选）</translation>
    </message>
    <message>
        <source>Certificate &amp;file name:</source>
        <translation>证书文件名(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. ca.pem, client.p12</source>
        <translation>例如 ca.pem、client.p12</translation>
    </message>
    <message>
        <source>Certificate (&amp;Base64):</source>
        <translation>证书内容（Base64）(&amp;B)：</translation>
    </message>
    <message>
        <source>Certificate &amp;checksum:</source>
        <translation>证书校验值(&amp;C)：</translation>
    </message>
    <message>
        <source>Required with SSL</source>
        <translation>启用 SSL 时必填</translation>
    </message>
    <message>
        <source>Certificate pass&amp;word:</source>
        <translation>证书密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Required for a .p12 certificate</source>
        <translation>.p12 证书必填</translation>
    </message>
    <message>
        <source>&amp;Load Certificate File…</source>
        <translation>加载证书文件(&amp;L)…</translation>
    </message>
    <message>
        <source>SSL Certificate</source>
        <translation>SSL 证书</translation>
    </message>
    <message>
        <source>A&amp;Z:</source>
        <translation>可用区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Optional, with region and project</source>
        <translation>可选，需同时填写区域和项目</translation>
    </message>
    <message>
        <source>Endpoint i&amp;d:</source>
        <translation>终端 ID(&amp;D)：</translation>
    </message>
    <message>
        <source>Database information id</source>
        <translation>数据库信息 ID</translation>
    </message>
    <message>
        <source>Dri&amp;ver name:</source>
        <translation>驱动名称(&amp;V)：</translation>
    </message>
    <message>
        <source>Connection configuration</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Source s&amp;hards:</source>
        <translation>源库分片(&amp;H)：</translation>
    </message>
    <message>
        <source>host:port, separated by commas (same account)</source>
        <translation>host:port，以逗号分隔（相同账号）</translation>
    </message>
</context>
<context>
    <name>dbss::views::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation>重新读取列表</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>dbss::views::ExportController</name>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将%1导出到 %2</translation>
    </message>
    <message>
        <source>Export of %1 failed: %2</source>
        <translation>导出%1失败：%2</translation>
    </message>
    <message>
        <source>Select an instance first.</source>
        <translation>请先选择实例。</translation>
    </message>
    <message>
        <source>Export Rule Lists</source>
        <translation>导出规则列表</translation>
    </message>
    <message>
        <source>Export the audit scopes, SQL injection, risk and masking rules of this instance.</source>
        <translation>导出该实例的审计范围、SQL注入规则、风险操作规则和隐私数据脱敏规则。</translation>
    </message>
    <message>
        <source>One file per list…</source>
        <translation>每个列表一个文件…</translation>
    </message>
    <message>
        <source>One file…</source>
        <translation>单个文件…</translation>
    </message>
    <message>
        <source>Folder for the rule lists</source>
        <translation>规则列表的保存文件夹</translation>
    </message>
    <message>
        <source>Exporting rule lists…</source>
        <translation>正在导出规则列表…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule list file(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 个规则列表文件到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export of the rule lists failed: %1</source>
        <translation>导出规则列表失败：%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>dbss::views::FieldLabels</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>资源ID</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Retention (days)</source>
        <translation>保留天数</translation>
    </message>
    <message>
        <source>Database limit</source>
        <translation>数据库数量上限</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>实例名称</translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation>虚拟私有云ID</translation>
    </message>
    <message>
        <source>Subnet ID</source>
        <translation>子网ID</translation>
    </message>
    <message>
        <source>Port ID</source>
        <translation>端口ID</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Private IP address</source>
        <translation>私有IP地址</translation>
    </message>
    <message>
        <source>Audit status</source>
        <translation>审计状态</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名称</translation>
    </message>
    <message>
        <source>Database names</source>
        <translation>数据库名称</translation>
    </message>
    <message>
        <source>Database ID</source>
        <translation>数据库ID</translation>
    </message>
    <message>
        <source>Database IDs</source>
        <translation>数据库ID</translation>
    </message>
    <message>
        <source>Database users</source>
        <translation>数据库用户</translation>
    </message>
    <message>
        <source>Database class</source>
        <translation>数据库分类</translation>
    </message>
    <message>
        <source>RDS instance ID</source>
        <translation>RDS实例ID</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>字符集</translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation>Agent ID</translation>
    </message>
    <message>
        <source>Agent IP address</source>
        <translation>Agent IP地址</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>Agent OS</source>
        <translation>Agent操作系统</translation>
    </message>
    <message>
        <source>Agent type</source>
        <translation>Agent类型</translation>
    </message>
    <message>
        <source>CPU threshold (%)</source>
        <translation>CPU阈值（%）</translation>
    </message>
    <message>
        <source>Memory threshold (%)</source>
        <translation>内存阈值（%）</translation>
    </message>
    <message>
        <source>Rule ID</source>
        <translation>规则ID</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险级别</translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation>风险级别</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>脱敏方式</translation>
    </message>
    <message>
        <source>Audit everything</source>
        <translation>全部审计</translation>
    </message>
    <message>
        <source>Excluded IP addresses</source>
        <translation>例外IP地址</translation>
    </message>
    <message>
        <source>Source IP addresses</source>
        <translation>源IP地址</translation>
    </message>
    <message>
        <source>Source ports</source>
        <translation>源端口</translation>
    </message>
    <message>
        <source>Client IP addresses</source>
        <translation>客户端IP地址</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>忽略大小写</translation>
    </message>
    <message>
        <source>Execution time</source>
        <translation>执行时长</translation>
    </message>
    <message>
        <source>Affected rows</source>
        <translation>影响行数</translation>
    </message>
</context>
<context>
    <name>dbss::views::FleetDocks</name>
    <message>
        <source>Fleet Overview</source>
        <translation>全局概览</translation>
    </message>
    <message>
        <source>No instances in the fleet&apos;s accounts and regions.</source>
        <translation>所有账号和区域中都没有实例。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2（%3，%4）</translation>
    </message>
</context>
<context>
    <name>dbss::views::FleetNavigatorDock</name>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1（加载中…）</translation>
    </message>
    <message>
        <source>This account could not be loaded: %1</source>
        <translation>无法加载此账号：%1</translation>
    </message>
    <message>
        <source>This region could not be loaded: %1</source>
        <translation>无法加载此区域：%1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>全局资源</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Load every account and region again</source>
        <translation>重新加载所有账号和区域</translation>
    </message>
    <message>
        <source>Stop loading; what has loaded stays</source>
        <translation>停止加载；已加载的内容保留</translation>
    </message>
    <message>
        <source>Loading %1 of %2 regions…</source>
        <translation>正在加载区域（%1/%2）…</translation>
    </message>
    <message>
        <source>No profiles. Add one under File ▸ Profiles.</source>
        <translation>没有配置文件。请在“文件 ▸ 配置文件”中添加。</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be loaded</source>
        <translation>
            <numerusform>，%n 项无法加载</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbss::views::InstanceDocks</name>
    <message>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>No databases in this instance. Add one with Add Database.</source>
        <translation>该实例中没有数据库。请通过“添加数据库”添加。</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>No agents in this instance.</source>
        <translation>该实例中没有 Agent。</translation>
    </message>
    <message>
        <source>Audit Scopes</source>
        <translation>审计范围</translation>
    </message>
    <message>
        <source>No audit scopes. Add one with Add Audit Scope.</source>
        <translation>没有审计范围。请通过“添加审计范围”添加。</translation>
    </message>
    <message>
        <source>SQL Injection Rules</source>
        <translation>SQL注入规则</translation>
    </message>
    <message>
        <source>No SQL injection rules match.</source>
        <translation>没有匹配的SQL注入规则。</translation>
    </message>
    <message>
        <source>Risk Rules</source>
        <translation>风险操作规则</translation>
    </message>
    <message>
        <source>No risk rules match.</source>
        <translation>没有匹配的风险操作规则。</translation>
    </message>
    <message>
        <source>Masking Rules</source>
        <translation>隐私数据脱敏规则</translation>
    </message>
    <message>
        <source>No privacy masking rules.</source>
        <translation>没有隐私数据脱敏规则。</translation>
    </message>
    <message>
        <source>Operation Log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>No operations in this time range.</source>
        <translation>该时间范围内没有操作记录。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Any audit status</source>
        <translation>全部审计状态</translation>
    </message>
    <message>
        <source>Audit on</source>
        <translation>审计已开启</translation>
    </message>
    <message>
        <source>Audit off</source>
        <translation>审计已关闭</translation>
    </message>
    <message>
        <source>Rule name (server)</source>
        <translation>规则名称（服务端筛选）</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>近30分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>近1小时</translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <translation>近3小时</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>近12小时</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>近1天</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>近1周</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>近1个月</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>All databases</source>
        <translation>全部数据库</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected databases from this audit instance</source>
        <translation>从该审计实例中移除所选数据库</translation>
    </message>
    <message>
        <source>Delete Databases</source>
        <translation>删除数据库</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n database(s) from this audit instance: %1?
Their audit stops; the databases themselves are not touched.</source>
        <translation>
            <numerusform>从该审计实例中移除 %n 个数据库：%1？
将停止对其审计，数据库本身不受影响。</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定义时间段…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>开始时间必须早于结束时间。</translation>
    </message>
    <message>
        <source>Load &amp;All</source>
        <translation>全部加载(&amp;A)</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
</context>
<context>
    <name>dbss::views::InstanceTagFilter</name>
    <message>
        <source>Show only the instances with this tag (asks the service)</source>
        <translation>仅显示带有此标签的实例（向服务查询）</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag filter failed</source>
        <translation>标签过滤失败</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>%1 (any value)</source>
        <translation>%1（任意值）</translation>
    </message>
    <message>
        <source>Without tags</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>正在过滤…</translation>
    </message>
</context>
<context>
    <name>dbss::views::MainWindow</name>
    <message>
        <source>Instances</source>
        <translation>审计实例</translation>
    </message>
    <message>
        <source>Request Log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>DBSS Console — %1</source>
        <translation type="vanished">DBSS 控制台 — %1</translation>
    </message>
    <message>
        <source>No audit instances in this project.</source>
        <translation>该项目中没有审计实例。</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Select a row to see every field</source>
        <translation type="vanished">选择一行以查看全部字段</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>尚无请求。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation>导出表格(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the active table to CSV (its filter and sort apply)</source>
        <translation>将当前表格导出为 CSV（按当前的筛选和排序）</translation>
    </message>
    <message>
        <source>Export &amp;Rule Lists…</source>
        <translation>导出规则列表(&amp;R)…</translation>
    </message>
    <message>
        <source>Add &amp;Database…</source>
        <translation>添加数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>Add &amp;RDS Databases…</source>
        <translation>添加RDS数据库(&amp;R)…</translation>
    </message>
    <message>
        <source>Add Audit &amp;Scope…</source>
        <translation>添加审计范围(&amp;S)…</translation>
    </message>
    <message>
        <source>New D&amp;RS Connection…</source>
        <translation>新建DRS连接(&amp;R)…</translation>
    </message>
    <message>
        <source>New D&amp;AS Connection…</source>
        <translation>新建DAS连接(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>连接配置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;witch Profile</source>
        <translation>切换配置文件(&amp;W)</translation>
    </message>
    <message>
        <source>Add BOM to CSV (for spreadsheets)</source>
        <translation>CSV 文件添加 BOM（便于电子表格打开）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>审计(&amp;A)</translation>
    </message>
    <message>
        <source>Switch Selected &amp;On</source>
        <translation>开启所选(&amp;O)</translation>
    </message>
    <message>
        <source>Switch Selected O&amp;ff</source>
        <translation type="vanished">关闭所选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DBSS Console</source>
        <translation>关于 DBSS 控制台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>(from region)</source>
        <translation>（根据区域获取）</translation>
    </message>
    <message>
        <source>Profile: %1 · Region: %2 · Project: %3 · %4</source>
        <translation type="vanished">配置文件：%1 · 区域：%2 · 项目：%3 · %4</translation>
    </message>
    <message>
        <source>No request yet</source>
        <translation>尚无请求</translation>
    </message>
    <message>
        <source>%1: %2 in %3 ms</source>
        <translation>%1：%2，耗时 %3 毫秒</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>DBSS Console — %1 — %2</source>
        <translation type="vanished">DBSS 控制台 — %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1：%2</translation>
    </message>
    <message>
        <source>%1 %2? Auditing pauses while it is not running.</source>
        <translation>确定%1 %2 吗？实例未运行期间将暂停审计。</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>复制ID</translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation>复制名称</translation>
    </message>
    <message>
        <source>Select an audit instance first.</source>
        <translation>请先选择审计实例。</translation>
    </message>
    <message>
        <source>Database added.</source>
        <translation>数据库已添加。</translation>
    </message>
    <message>
        <source>Audit scope added.</source>
        <translation>审计范围已添加。</translation>
    </message>
    <message>
        <source>DRS connection created.</source>
        <translation type="vanished">DRS连接已创建。</translation>
    </message>
    <message>
        <source>DAS connection created.</source>
        <translation type="vanished">DAS连接已创建。</translation>
    </message>
    <message>
        <source>About DBSS Console</source>
        <translation>关于 DBSS 控制台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DBSS Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for Huawei Cloud Database Security Service (database audit), DRS and DAS connections.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DBSS 控制台 %1&lt;/h3&gt;&lt;p&gt;华为云数据库安全服务（数据库审计）以及 DRS、DAS 连接的桌面控制台。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Buy Instance…</source>
        <translation>购买实例(&amp;B)…</translation>
    </message>
    <message>
        <source>Order a yearly/monthly audit instance</source>
        <translation>购买包年/包月的审计实例</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>Security Groups…</source>
        <translation>安全组…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Order for %1 placed; the instance appears while it is being created.</source>
        <translation type="vanished">已提交 %1 的订单；实例创建期间即会显示在列表中。</translation>
    </message>
    <message>
        <source>Tags of %1</source>
        <translation>%1 的标签</translation>
    </message>
    <message>
        <source>Security group changed.</source>
        <translation>安全组已修改。</translation>
    </message>
    <message>
        <source>Change History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Select a row to see its details</source>
        <translation>选择一行以查看详情</translation>
    </message>
    <message>
        <source>No changes made in this window yet.</source>
        <translation>此窗口中尚无变更。</translation>
    </message>
    <message>
        <source>Switch Selected O&amp;ff…</source>
        <translation>关闭所选(&amp;F)…</translation>
    </message>
    <message>
        <source>Reset &amp;Sandbox…</source>
        <translation>重置沙箱(&amp;S)…</translation>
    </message>
    <message>
        <source>Throw away every change made in the sandbox and start again</source>
        <translation>丢弃在沙箱中所做的全部更改并重新开始</translation>
    </message>
    <message>
        <source>Export &amp;Change History…</source>
        <translation>导出变更记录(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt %1 (built with %2) · QtKeychain %3&lt;/p&gt;&lt;p&gt;License: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1（构建时版本 %2）· QtKeychain %3&lt;/p&gt;&lt;p&gt;许可证：GNU GPL 第 3 版或更高版本。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Profile: %1
Region: %2
Project: %3
Endpoint: %4</source>
        <translation>配置：%1
区域：%2
项目：%3
终端节点：%4</translation>
    </message>
</context>
<context>
    <name>dbss::views::PaneNavigator</name>
    <message>
        <source>Next Pane</source>
        <translation>下一个窗格</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>上一个窗格</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>上一个标签页</translation>
    </message>
</context>
<context>
    <name>dbss::views::PolicyActions</name>
    <message>
        <source>Compare &amp;Policies…</source>
        <translation>比较策略(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport Policy…</source>
        <translation>导出策略(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Apply Policy…</source>
        <translation>应用策略(&amp;A)…</translation>
    </message>
    <message>
        <source>Compare the rule policies of two or more instances</source>
        <translation>比较两个或多个实例的规则策略</translation>
    </message>
    <message>
        <source>Save the selected instance&apos;s rule policy as a JSON file</source>
        <translation>将所选实例的规则策略保存为 JSON 文件</translation>
    </message>
    <message>
        <source>Make the selected instance&apos;s policy like a policy file (with a preview)</source>
        <translation>使所选实例的策略与策略文件一致（先预览）</translation>
    </message>
    <message>
        <source>Select an audit instance first.</source>
        <translation>请先选择一个审计实例。</translation>
    </message>
    <message>
        <source>Export Policy</source>
        <translation>导出策略</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>策略文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The policy of %1 could not be read: %2</source>
        <translation>无法读取 %1 的策略：%2</translation>
    </message>
    <message>
        <source>Policy of %1 saved to %2.</source>
        <translation>%1 的策略已保存到 %2。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Apply Policy</source>
        <translation>应用策略</translation>
    </message>
    <message>
        <source>%1 is not a policy this console can apply; nothing was sent.

%2</source>
        <translation>%1 不是本控制台可应用的策略，未发送任何请求。

%2</translation>
    </message>
    <message>
        <source>Reading the policy of %1…</source>
        <translation>正在读取 %1 的策略…</translation>
    </message>
    <message>
        <source>Apply %1 to %2</source>
        <translation>将 %1 应用到 %2</translation>
    </message>
</context>
<context>
    <name>dbss::views::PolicyCompareDock</name>
    <message>
        <source>Policy Comparison</source>
        <translation>策略比较</translation>
    </message>
    <message>
        <source>&amp;Instances…</source>
        <translation>实例(&amp;I)…</translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation>仅显示差异(&amp;D)</translation>
    </message>
    <message>
        <source>Choose instances to compare (Instances…).</source>
        <translation>请选择要比较的实例（实例…）。</translation>
    </message>
    <message>
        <source>Choose the reference instance and the instances to compare with it</source>
        <translation>选择基准实例以及要与之比较的实例</translation>
    </message>
    <message>
        <source>&amp;Make Like Reference</source>
        <translation>同步为基准(&amp;M)</translation>
    </message>
    <message>
        <source>Preview the changes that make an instance&apos;s policy like the reference&apos;s</source>
        <translation>预览使实例策略与基准实例一致所需的变更</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n policies…</source>
        <translation>
            <numerusform>正在读取 %n 个策略…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>The policies are alike.</source>
        <translation>策略一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 项差异</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1 Like %2…</source>
        <translation>将 %1 同步为 %2…</translation>
    </message>
    <message>
        <source>Make %1 Like %2</source>
        <translation>将 %1 同步为 %2</translation>
    </message>
</context>
<context>
    <name>dbss::views::PolicyInstancePicker</name>
    <message>
        <source>Compare Policies</source>
        <translation>比较策略</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Rules are matched by type and name. The reference is what the others are compared with, and what &quot;Make Like&quot; copies.</source>
        <translation>规则按类型和名称匹配。基准实例是其他实例与之比较的对象，也是“同步为基准”复制的来源。</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>基准实例(&amp;R)：</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>比较对象(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>dbss::views::PolicyPreviewDialog</name>
    <message>
        <source>Risk rules</source>
        <translation>风险规则</translation>
    </message>
    <message>
        <source>SQL injection rules</source>
        <translation>SQL注入规则</translation>
    </message>
    <message>
        <source>Masking rules</source>
        <translation>隐私数据脱敏规则</translation>
    </message>
    <message>
        <source>Audit scopes</source>
        <translation>审计范围</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>This policy does not fit the instance; nothing will be sent:
%1</source>
        <translation>该策略与实例不匹配，不会发送任何请求：
%1</translation>
    </message>
    <message>
        <source>The instance already has this policy: nothing to send.</source>
        <translation>实例已是该策略，无需发送。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s); requests to send: %1.</source>
        <translation>
            <numerusform>%n 项变更；需发送请求：%1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) the API cannot change (listed as such).</source>
        <translation>
            <numerusform>%n 项差异无法通过 API 修改（已单独列出）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is sent before you choose Apply.</source>
        <translation>在您选择“应用”之前不会发送任何请求。</translation>
    </message>
    <message>
        <source>Sent; reading the instance again to verify…</source>
        <translation>已发送，正在重新读取实例以验证…</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>开关</translation>
    </message>
    <message>
        <source>Add scope</source>
        <translation>添加审计范围</translation>
    </message>
    <message>
        <source>Change scope</source>
        <translation>修改审计范围</translation>
    </message>
    <message>
        <source>Delete scope</source>
        <translation>删除审计范围</translation>
    </message>
    <message>
        <source>Rule missing</source>
        <translation>缺少规则</translation>
    </message>
    <message>
        <source>Extra rule</source>
        <translation>多余规则</translation>
    </message>
    <message>
        <source>Will be sent</source>
        <translation>将发送</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>无法修改：%1</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Failed: the re-read does not show it</source>
        <translation>失败：重新读取后未生效</translation>
    </message>
    <message>
        <source>Failed: %1 (request ID %2)</source>
        <translation>失败：%1（请求ID %2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Applied: %1 · failed: %2 · not possible: %3 · requests sent: %4.</source>
        <translation>已应用：%1 · 失败：%2 · 无法修改：%3 · 已发送请求：%4。</translation>
    </message>
    <message>
        <source>The instance could not be read again: %1</source>
        <translation>无法重新读取实例：%1</translation>
    </message>
    <message>
        <source>Re-read: the instance now has the policy (what the API can change).</source>
        <translation>重新读取：实例现已符合该策略（API 可修改的部分）。</translation>
    </message>
    <message numerus="yes">
        <source>Re-read: %n difference(s) remain; Apply again to retry them.</source>
        <translation>
            <numerusform>重新读取：仍有 %n 项差异，可再次应用以重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>dbss::views::ProfileDialog</name>
    <message>
        <source>Enter the access key ID (AK).</source>
        <translation type="vanished">请输入访问密钥ID（AK）。</translation>
    </message>
    <message>
        <source>Enter the secret access key (SK).</source>
        <translation type="vanished">请输入秘密访问密钥（SK）。</translation>
    </message>
    <message>
        <source>Enter the security token of the temporary access key.</source>
        <translation type="vanished">请输入临时访问密钥的安全令牌。</translation>
    </message>
    <message>
        <source>Enter the password of the IAM user.</source>
        <translation type="vanished">请输入 IAM 用户的密码。</translation>
    </message>
    <message>
        <source>Connection Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>访问密钥（AK/SK）</translation>
    </message>
    <message>
        <source>Temporary access key + security token</source>
        <translation>临时访问密钥 + 安全令牌</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM 用户名和密码</translation>
    </message>
    <message>
        <source>32 hexadecimal characters</source>
        <translation>32 位十六进制字符</translation>
    </message>
    <message>
        <source>Resolve from region</source>
        <translation>根据区域获取</translation>
    </message>
    <message>
        <source>Optional: SHA-256 of the server certificate (hex, colons allowed)</source>
        <translation>可选：服务器证书的 SHA-256 值（十六进制，可含冒号）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Keep for this session only (secrets stay in memory, not in the system keychain)</source>
        <translation>仅在本次会话中保留（密钥只保存在内存中，不写入系统密钥环）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A)：</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>访问密钥ID：</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>秘密访问密钥：</translation>
    </message>
    <message>
        <source>Security token:</source>
        <translation>安全令牌：</translation>
    </message>
    <message>
        <source>IAM user:</source>
        <translation>IAM 用户名：</translation>
    </message>
    <message>
        <source>Account (domain):</source>
        <translation>账号名（domain）：</translation>
    </message>
    <message>
        <source>IAM password:</source>
        <translation>IAM 密码：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>项目ID(&amp;P)：</translation>
    </message>
    <message>
        <source>%1 endpoint:</source>
        <translation>%1 终端节点：</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>固定证书：</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Kept for this session; leave empty to keep</source>
        <translation>仅在本次会话中保留；留空则保持不变</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep</source>
        <translation>已保存在系统密钥环中；留空则保持不变</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The profile settings were saved, but not its secrets.</source>
        <translation type="vanished">配置文件的设置已保存，但密钥未保存。</translation>
    </message>
    <message>
        <source>Saved. The secrets are kept in memory until the console quits.</source>
        <translation>已保存。密钥保存在内存中，直到控制台退出。</translation>
    </message>
    <message>
        <source>Saved. The secrets are in the system keychain.</source>
        <translation>已保存。密钥已存入系统密钥环。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="vanished">正在测试连接…</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="vanished">%1 (副本)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="vanished">%1 (副本 %2)</translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot;. Edit its name and save to rename it.</source>
        <translation>已复制为“%1”。修改名称并保存即可重命名。</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored secrets?</source>
        <translation>确定删除配置文件“%1”及其保存的密钥吗？</translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot;.</source>
        <translation>已删除配置文件“%1”。</translation>
    </message>
    <message>
        <source>Different endpoint per service</source>
        <translation>按服务分别设置终端节点</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>终端节点(&amp;E)：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Use This Profile</source>
        <translation>使用此配置(&amp;U)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The new profile has not been saved. Save it?</source>
        <translation>新配置尚未保存。是否保存？</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>配置“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Regional endpoints, e.g. %1</source>
        <translation>各区域默认终端节点，例如 %1</translation>
    </message>
    <message>
        <source>Fleet re&amp;gions:</source>
        <translation>全局区域(&amp;G)：</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Optional: http://HOST:PORT or socks5://HOST:PORT</source>
        <translation>可选：http://HOST:PORT 或 socks5://HOST:PORT</translation>
    </message>
    <message>
        <source>Empty: the system proxy settings (desktop settings, HTTPS_PROXY, NO_PROXY).</source>
        <translation>留空：使用系统代理设置（桌面设置、HTTPS_PROXY、NO_PROXY）。</translation>
    </message>
    <message>
        <source>Optional: PEM file of extra trusted CAs</source>
        <translation>可选：额外信任的 CA 证书（PEM 文件）</translation>
    </message>
    <message>
        <source>Certificates of a TLS-inspecting gateway, added to the system&apos;s; verification stays on.</source>
        <translation>TLS 检测网关的证书，添加到系统信任的证书之外；证书校验保持开启。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>dbss::views::ReachActions</name>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>No creation jobs for this instance.</source>
        <translation>该实例没有创建任务。</translation>
    </message>
    <message>
        <source>%1: settled.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <source>Created by This &amp;Console…</source>
        <translation>本控制台创建的资源(&amp;C)…</translation>
    </message>
    <message>
        <source>Could not keep %1 in the local history: %2</source>
        <translation>无法将 %1 保存到本地记录：%2</translation>
    </message>
    <message>
        <source>Order for %1 placed; the instance appears while it is being created.</source>
        <translation>已提交 %1 的订单；实例创建期间即会显示在列表中。</translation>
    </message>
    <message>
        <source>Instance Ordered</source>
        <translation>实例已下单</translation>
    </message>
    <message>
        <source>The order for %1 was placed. The console follows the new instance until it is running; its creation job shows under Jobs.</source>
        <translation>%1 的订单已提交。控制台将持续跟踪新实例直到其运行；创建任务显示在“任务”页签中。</translation>
    </message>
    <message>
        <source>Order ID:</source>
        <translation>订单 ID：</translation>
    </message>
    <message>
        <source>Instance name:</source>
        <translation>实例名称：</translation>
    </message>
    <message>
        <source>%1 %2:%3 as %4</source>
        <translation>%1 %2:%3，用户 %4</translation>
    </message>
    <message>
        <source>DRS connection %1 created.</source>
        <translation>DRS 连接 %1 已创建。</translation>
    </message>
    <message>
        <source>DRS Connection Created</source>
        <translation>DRS 连接已创建</translation>
    </message>
    <message>
        <source>DRS has no list of connections this console can read back: the id is kept under Connections &gt; Created by This Console.</source>
        <translation>DRS 没有可供本控制台读回的连接列表：ID 已保存在“连接 &gt; 本控制台创建的资源”中。</translation>
    </message>
    <message>
        <source>Connection ID:</source>
        <translation>连接 ID：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>DAS connection %1 created.</source>
        <translation>DAS 连接 %1 已创建。</translation>
    </message>
    <message>
        <source>DAS Connection Created</source>
        <translation>DAS 连接已创建</translation>
    </message>
    <message>
        <source>The id is kept under Connections &gt; Created by This Console.</source>
        <translation>ID 已保存在“连接 &gt; 本控制台创建的资源”中。</translation>
    </message>
    <message>
        <source>DB instance:</source>
        <translation>数据库实例：</translation>
    </message>
    <message>
        <source>Created by This Console</source>
        <translation>本控制台创建的资源</translation>
    </message>
    <message>
        <source>Connections and orders created from this computer (no passwords are kept). Stored in %1.</source>
        <translation>从本机创建的连接和订单（不保存任何密码）。保存在 %1。</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lear History</source>
        <translation>清空记录(&amp;L)</translation>
    </message>
    <message>
        <source>Forget every entry? The connections and orders themselves stay.</source>
        <translation>清空所有记录？连接和订单本身不受影响。</translation>
    </message>
</context>
<context>
    <name>dbss::views::RegionsField</name>
    <message>
        <source>The regions the fleet view lists for this account, besides its own</source>
        <translation>除本区域外，全局视图为此账号列出的区域</translation>
    </message>
    <message>
        <source>The profile&apos;s own region is always included</source>
        <translation>配置文件自身的区域始终包含在内</translation>
    </message>
</context>
<context>
    <name>dbss::views::SecurityGroupsDialog</name>
    <message>
        <source>Security Group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Instance resource:</source>
        <translation type="vanished">实例资源：</translation>
    </message>
    <message>
        <source>Security group id (one group per change)</source>
        <translation>安全组ID（每次修改一个安全组）</translation>
    </message>
    <message>
        <source>&amp;Security group:</source>
        <translation>安全组(&amp;S)：</translation>
    </message>
    <message>
        <source>Instance ID:</source>
        <translation>实例ID：</translation>
    </message>
</context>
<context>
    <name>dbss::views::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Any table</source>
        <translation>任意表格</translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation>筛选行</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <source>Switch the current row on or off</source>
        <translation>开启或关闭当前行</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Open the context menu</source>
        <translation>打开右键菜单</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>菜单键、Shift+F10</translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation>离开表格</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
</context>
<context>
    <name>dbss::views::SubmitDialog</name>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>dbss::views::SwitchDelegate</name>
    <message>
        <source>Switching on…</source>
        <translation>正在开启…</translation>
    </message>
    <message>
        <source>Switching off…</source>
        <translation>正在关闭…</translation>
    </message>
</context>
<context>
    <name>dbss::views::TableDock</name>
    <message>
        <source>Retry</source>
        <translation type="vanished">重试</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Stop loading; the rows loaded so far stay</source>
        <translation>停止加载；已加载的行会保留</translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation>复制单元格</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation type="vanished">关闭</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Loading %1 of %2…</source>
        <translation>正在加载 %1 / %2…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch off this row of %1? It is not audited until switched on again.</source>
        <translation>关闭%1中的这一行？重新开启前将不再审计它。</translation>
    </message>
    <message>
        <source>Switch off %1 rows of %2? They are not audited until switched on again.</source>
        <translation>关闭%2中的 %1 行？重新开启前将不再审计它们。</translation>
    </message>
    <message>
        <source>Switch Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Switching on failed</source>
        <translation>开启失败</translation>
    </message>
    <message>
        <source>Switching off failed</source>
        <translation>关闭失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Switch On Again</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <source>Switch Off Again</source>
        <translation>重新关闭</translation>
    </message>
    <message>
        <source>Switch off…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>No row matches the filter (%1 hidden)</source>
        <translation>没有符合筛选条件的行（已隐藏 %1 行）</translation>
    </message>
    <message>
        <source>No row matches the filter (%1 hidden); loading more…</source>
        <translation>没有符合筛选条件的行（已隐藏 %1 行）；正在加载更多…</translation>
    </message>
</context>
<context>
    <name>dbss::views::TagsDialog</name>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>删除所选(&amp;D)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>1-128 characters</source>
        <translation>1-128 个字符</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>标签键(&amp;K)：</translation>
    </message>
    <message>
        <source>At most 255 characters; may be empty</source>
        <translation>最多 255 个字符，可为空</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>标签值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Add Tag</source>
        <translation>添加标签(&amp;A)</translation>
    </message>
</context>
<context>
    <name>dbss::views::UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide is not part of this build.</source>
        <translation>此版本未包含用户指南。</translation>
    </message>
</context>
<context>
    <name>dbss::views::WelcomeDialog</name>
    <message>
        <source>&amp;Try the Sandbox</source>
        <translation>试用沙箱(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add a Profile…</source>
        <translation>添加配置(&amp;A)…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to DBSS Console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用数据库安全服务控制台&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Browse and manage Huawei Cloud Database Security Service (database audit) instances, their databases, agents, rules and operation logs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Try the Sandbox&lt;/b&gt; opens the console on a built-in emulator with demo data: nothing to set up, no cloud account, and nothing you do reaches the cloud. Its data is kept between starts; File ▸ Reset Sandbox starts it afresh.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Add a Profile&lt;/b&gt; connects to your account: a region, a project and an access key (the keys are kept in the system keychain).&lt;/p&gt;</source>
        <translation>&lt;p&gt;浏览和管理华为云数据库安全服务（数据库审计）实例及其数据库、Agent、规则和操作日志。&lt;/p&gt;&lt;p&gt;&lt;b&gt;试用沙箱&lt;/b&gt;：在内置的模拟服务上打开控制台，附带演示数据；无需任何设置和云账号，所做操作不会到达云端。沙箱数据在两次启动之间保留；“文件 ▸ 重置沙箱”可重新开始。&lt;/p&gt;&lt;p&gt;&lt;b&gt;添加配置&lt;/b&gt;：连接您的账号，需要区域、项目和访问密钥（密钥保存在系统钥匙串中）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>fleet</name>
    <message>
        <source>The profile store is gone.</source>
        <translation>配置存储已不可用。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Huawei Cloud Database Security Service.</source>
        <translation>华为云数据库安全服务（DBSS）的桌面控制台。</translation>
    </message>
    <message>
        <source>Run the built-in API emulator and open the Sandbox profile on it.</source>
        <translation>运行内置的 API 模拟器，并在其上打开 Sandbox 配置文件。</translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN).</source>
        <translation>界面语言（en、zh_CN）。</translation>
    </message>
    <message>
        <source>Open this connection profile.</source>
        <translation>打开此连接配置文件。</translation>
    </message>
</context>
</TS>
