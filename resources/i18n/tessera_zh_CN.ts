<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountChooser</name>
    <message>
        <location filename="../../qml/transfer/AccountChooser.qml" line="16"/>
        <source>All accounts</source>
        <translation>所有账户</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/AccountChooser.qml" line="17"/>
        <source>Choose accounts</source>
        <translation>选择账户</translation>
    </message>
</context>
<context>
    <name>AccountDelegate</name>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="66"/>
        <source>%1, %2, counter-based code, activate for the next code</source>
        <translation>%1，%2，基于计数器的验证码，激活以获取下一个验证码</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/AccountDelegate.qml" line="67"/>
        <source>%1, %2, code %3, %n second(s) left</source>
        <translation>
            <numerusform>%1，%2，验证码 %3，剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="68"/>
        <source>Press Enter to copy the code, the menu key for more</source>
        <translation>按 Enter 复制验证码，按菜单键查看更多</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="91"/>
        <source>Drag to move %1</source>
        <translation>拖动以移动 %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="209"/>
        <source>next %1</source>
        <translation>下一个 %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="242"/>
        <source>Next code</source>
        <translation>下一个验证码</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="251"/>
        <source>More for %1</source>
        <translation>%1 的更多操作</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="169"/>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
</context>
<context>
    <name>AccountDetailsPage</name>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="10"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="63"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="70"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="71"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="47"/>
        <source>Remove from favourites</source>
        <translation>从收藏中移除</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="47"/>
        <source>Add to favourites</source>
        <translation>添加到收藏</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="68"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="69"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="72"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="82"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="84"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="85"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="86"/>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="98"/>
        <source>Change icon…</source>
        <translation>更换图标…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="99"/>
        <source>Choose a service&apos;s icon, a picture or the first letter</source>
        <translation>选择服务图标、图片或首字母</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="106"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="114"/>
        <source>Counter-based (HOTP), %1, %2 digits, next counter %3</source>
        <translation>基于计数器（HOTP），%1，%2 位，下一个计数 %3</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="115"/>
        <source>Steam Guard, every %1 s</source>
        <translation>Steam 令牌，每 %1 秒</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="116"/>
        <source>Time-based (TOTP), %1, %2 digits, every %3 s</source>
        <translation>基于时间（TOTP），%1，%2 位，每 %3 秒</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="122"/>
        <source>Added %1 · changed %2</source>
        <translation>添加于 %1 · 修改于 %2</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="134"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="155"/>
        <source>Secret key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="137"/>
        <source>Anyone who sees the key can make your codes. Show it only to move the account to another device.</source>
        <translation>任何看到密钥的人都能生成你的验证码。仅在将账户转移到其他设备时显示它。</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="143"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="143"/>
        <source>Show secret key…</source>
        <translation>显示密钥…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="162"/>
        <source>Show QR code for a phone…</source>
        <translation>显示供手机扫描的二维码…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="162"/>
        <source>Hide QR code</source>
        <translation>隐藏二维码</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="167"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="180"/>
        <source>QR code of this account</source>
        <translation>此账户的二维码</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="190"/>
        <source>Recovery codes</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="193"/>
        <source>Services such as MyKerio or Gcore give one-time backup codes for when the authenticator is lost. Keep them here.</source>
        <translation>MyKerio 或 Gcore 等服务会提供一次性备用码，以防验证器丢失。请保存在这里。</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="194"/>
        <source>%1 of %2 unused</source>
        <translation>%2 个中 %1 个未使用</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="201"/>
        <source>Copy the next unused code</source>
        <translation>复制下一个未使用的码</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="207"/>
        <source>Hide recovery codes</source>
        <translation>隐藏恢复码</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="207"/>
        <source>Show recovery codes</source>
        <translation>显示恢复码</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="228"/>
        <source>used %1</source>
        <translation>使用于 %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="236"/>
        <source>Paste new codes, one per line</source>
        <translation>粘贴新的恢复码，每行一个</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="239"/>
        <source>New recovery codes</source>
        <translation>新的恢复码</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="245"/>
        <source>They replace the old set</source>
        <translation>它们将替换旧的一组</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="250"/>
        <source>Save codes</source>
        <translation>保存恢复码</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="256"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="293"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="258"/>
        <source>Delete this account…</source>
        <translation>删除此账户…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="270"/>
        <source>Show the secret key?</source>
        <translation>显示密钥？</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="271"/>
        <source>Make sure nobody can see your screen, and that it is not being shared or recorded.</source>
        <translation>请确保没有人能看到你的屏幕，且屏幕没有被共享或录制。</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="272"/>
        <source>Show key</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="278"/>
        <source>Show the QR code?</source>
        <translation>显示二维码？</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="279"/>
        <source>The code holds the secret key: anyone who sees or photographs it can make your codes. Make sure nobody can see your screen, and that it is not being shared or recorded.</source>
        <translation>二维码包含密钥：任何看到或拍下它的人都能生成你的验证码。请确保没有人能看到你的屏幕，且屏幕没有被共享或录制。</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="280"/>
        <source>Show QR code</source>
        <translation>显示二维码</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="285"/>
        <source>Save the QR code in</source>
        <translation>将二维码保存到</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="291"/>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="292"/>
        <source>Turn off two-factor sign-in at the service first, or keep another device with this account: without it you may not be able to sign in.</source>
        <translation>请先在该服务上关闭两步验证，或在另一台设备上保留此账户：否则你可能无法登录。</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="300"/>
        <source>Save your changes?</source>
        <translation>保存更改？</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="301"/>
        <source>You changed this account&apos;s details but have not saved them.</source>
        <translation>你修改了此账户的信息，但尚未保存。</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="302"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="303"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>AccountSitesSection</name>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="30"/>
        <source>Websites</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="32"/>
        <source>The websites where this account signs in (github.com also covers gist.github.com).</source>
        <translation>此账户登录的网站（github.com 也包括 gist.github.com）。</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="51"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="61"/>
        <source>Add a website, such as github.com</source>
        <translation>添加网站，例如 github.com</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="62"/>
        <source>New website</source>
        <translation>新网站</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="70"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="12"/>
        <location filename="../../qml/accounts/AccountsPage.qml" line="191"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="34"/>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="35"/>
        <source>Search accounts</source>
        <translation>搜索账户</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="49"/>
        <source>All groups</source>
        <translation>所有分组</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="51"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="58"/>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="63"/>
        <source>Add account (Ctrl+N)</source>
        <translation>添加账户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="68"/>
        <source>Lock (Ctrl+L)</source>
        <translation>锁定（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="75"/>
        <source>Main menu (F10)</source>
        <translation>主菜单（F10）</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="120"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="141"/>
        <source>%1 came from another computer under another password. Merge it to keep what was changed there.</source>
        <translation>%1 来自另一台电脑，使用的是另一个密码。合并它以保留在那里所做的更改。</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="151"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="254"/>
        <source>My order (drag to arrange)</source>
        <translation>我的顺序（拖动排列）</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="255"/>
        <source>By issuer</source>
        <translation>按服务商</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="256"/>
        <source>Most used</source>
        <translation>最常用</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="259"/>
        <source>Favourites first</source>
        <translation>收藏优先</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="265"/>
        <source>Compact list</source>
        <translation>紧凑列表</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="275"/>
        <location filename="../../qml/accounts/AccountsPage.qml" line="347"/>
        <source>Scan a QR code…</source>
        <translation>扫描二维码…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="276"/>
        <source>Export to a phone…</source>
        <translation>导出到手机…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="278"/>
        <source>Import from another app…</source>
        <translation>从其他应用导入…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="279"/>
        <source>Back up or export to a file…</source>
        <translation>备份或导出到文件…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="281"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="282"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="283"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="293"/>
        <source>Copy code</source>
        <translation>复制验证码</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="293"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="294"/>
        <source>Details and recovery codes…</source>
        <translation>详情和恢复码…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="296"/>
        <source>Remove from favourites</source>
        <translation>从收藏中移除</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="296"/>
        <source>Add to favourites</source>
        <translation>添加到收藏</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="301"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="306"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="311"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="311"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="327"/>
        <source>No accounts yet</source>
        <translation>还没有账户</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="327"/>
        <source>Nothing matches “%1”</source>
        <translation>没有与“%1”匹配的内容</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="337"/>
        <source>When a service such as Gcore, Kaspersky or Google turns on two-factor sign-in, it shows a QR code and a key like “JBSW Y3DP EHPK 3PXP”. Add it here with the key or the otpauth:// link, and Tessera shows the six-digit code to type.</source>
        <translation>当 Gcore、Kaspersky 或 Google 等服务开启两步验证时，会显示一个二维码和类似“JBSW Y3DP EHPK 3PXP”的密钥。在这里用密钥或 otpauth:// 链接添加它，Tessera 就会显示需要输入的六位验证码。</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="348"/>
        <source>Add your first account</source>
        <translation>添加第一个账户</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="355"/>
        <source>Merge a copy from another computer</source>
        <translation>合并来自另一台电脑的副本</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="356"/>
        <source>Type the password %1 was saved with (the vault keeps its own password).</source>
        <translation>输入保存 %1 时使用的密码（保险库保留自己的密码）。</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="358"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="364"/>
        <source>The copy&apos;s password</source>
        <translation>副本的密码</translation>
    </message>
</context>
<context>
    <name>AddAccountPage</name>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="12"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="170"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="225"/>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="46"/>
        <source>Scan a QR code instead…</source>
        <translation>改为扫描二维码…</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="55"/>
        <source>Enter a key</source>
        <translation>输入密钥</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="56"/>
        <source>Paste a link</source>
        <translation>粘贴链接</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="70"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="77"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="74"/>
        <source>e.g. Gcore</source>
        <translation>例如 Gcore</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="80"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="86"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="84"/>
        <source>e.g. you@example.com</source>
        <translation>例如 you@example.com</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="89"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="97"/>
        <source>Secret key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="93"/>
        <source>e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>例如 JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="104"/>
        <source>Spaces, hyphens and lower case are fine.</source>
        <translation>可以包含空格、连字符和小写字母。</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="112"/>
        <source>Advanced: type, algorithm, digits, period</source>
        <translation>高级：类型、算法、位数、周期</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="119"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="124"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="122"/>
        <source>Time-based (TOTP)</source>
        <translation>基于时间（TOTP）</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="122"/>
        <source>Counter-based (HOTP)</source>
        <translation>基于计数器（HOTP）</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="122"/>
        <source>Steam Guard</source>
        <translation>Steam 令牌</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="126"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="132"/>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="134"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="139"/>
        <source>Digits</source>
        <translation>位数</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="141"/>
        <source>Period (seconds)</source>
        <translation>周期（秒）</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="147"/>
        <source>Period in seconds</source>
        <translation>周期（以秒计）</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="149"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="156"/>
        <source>Counter</source>
        <translation>计数器</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="187"/>
        <source>Paste the otpauth:// link that the service offers, for example under “Can&apos;t scan the code?”.</source>
        <translation>粘贴服务提供的 otpauth:// 链接，例如在“无法扫描二维码？”下面。</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="199"/>
        <source>otpauth link</source>
        <translation>otpauth 链接</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="209"/>
        <source>%1 · %2 · %3, %4 digits</source>
        <translation>%1 · %2 · %3，%4 位</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="209"/>
        <source>(no service)</source>
        <translation>（无服务）</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="209"/>
        <source>(no account)</source>
        <translation>（无账户）</translation>
    </message>
</context>
<context>
    <name>AppAnswers</name>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="118"/>
        <location filename="../../core/session/app_answers.cpp" line="150"/>
        <source>the list of your accounts (names only, no codes)</source>
        <translation>您的账户列表（仅名称，无验证码）</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="125"/>
        <source>the code for %1</source>
        <translation>%1 的验证码</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="127"/>
        <source>the recovery codes of %1</source>
        <translation>%1 的恢复码</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="129"/>
        <source>a recovery code of %1 (it will be marked used)</source>
        <translation>%1 的一个恢复码（将被标记为已使用）</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="143"/>
        <source>the code for “%1”</source>
        <translation>“%1”的验证码</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="145"/>
        <source>the recovery codes for “%1”</source>
        <translation>“%1”的恢复码</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="147"/>
        <source>a recovery code for “%1” (it will be marked used)</source>
        <translation>“%1”的一个恢复码（将标记为已使用）</translation>
    </message>
</context>
<context>
    <name>AutoType</name>
    <message>
        <location filename="../../qml/desktop/linux/auto_type_linux.cpp" line="17"/>
        <source>This desktop does not let apps type into other windows.</source>
        <translation>此桌面不允许应用向其他窗口输入。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/other/auto_type_other.cpp" line="10"/>
        <source>Tessera cannot type into other windows here.</source>
        <translation>Tessera 在此无法向其他窗口输入。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/auto_type_x11.cpp" line="44"/>
        <source>The X server does not let apps type (it has no XTEST extension).</source>
        <translation>X 服务器不允许应用输入（缺少 XTEST 扩展）。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/macos/auto_type_macos.cpp" line="62"/>
        <source>macOS lets Tessera type only with the Accessibility permission: System Settings → Privacy &amp; Security → Accessibility → Tessera.</source>
        <translation>macOS 仅在获得辅助功能权限后才允许 Tessera 输入：系统设置 → 隐私与安全性 → 辅助功能 → Tessera。</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="16"/>
        <source>Back up or export to a file</source>
        <translation>备份或导出到文件</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="65"/>
        <source>Tessera backup</source>
        <translation>Tessera 备份</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="66"/>
        <source>Everything, encrypted with a password of its own: groups, notes and recovery codes too.</source>
        <translation>全部内容，用单独的密码加密：也包括分组、备注和恢复码。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="71"/>
        <source>Aegis (encrypted)</source>
        <translation>Aegis（加密）</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="72"/>
        <source>For Aegis on Android and every app that imports Aegis files.</source>
        <translation>适用于 Android 上的 Aegis 以及所有能导入 Aegis 文件的应用。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="77"/>
        <source>Aegis (not encrypted)</source>
        <translation>Aegis（未加密）</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="78"/>
        <source>For apps that cannot open an encrypted Aegis file.</source>
        <translation>适用于无法打开加密 Aegis 文件的应用。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="83"/>
        <source>otpauth:// links</source>
        <translation>otpauth:// 链接</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="84"/>
        <source>One link per line; 2FAS, Ente, FreeOTP+, WinAuth and most apps read it.</source>
        <translation>每行一个链接；2FAS、Ente、FreeOTP+、WinAuth 和大多数应用都能读取。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="89"/>
        <source>Printable sheet of recovery codes</source>
        <translation>可打印的恢复码清单</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="90"/>
        <source>The services&apos; backup codes, to print and keep in a drawer.</source>
        <translation>各服务的备用码，打印出来放进抽屉保存。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="93"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="99"/>
        <source>This file will hold your secrets unencrypted: anyone who gets it can sign in as you. Save it only where nobody else can read it, and delete it once it has been imported or printed.</source>
        <translation>此文件将以未加密形式保存你的机密：任何拿到它的人都能以你的身份登录。只把它保存在别人无法读取的地方，导入或打印后请删除。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="109"/>
        <source>I understand</source>
        <translation>我明白</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="115"/>
        <source>Password for the file</source>
        <translation>文件密码</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="124"/>
        <source>The password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="131"/>
        <source>You will need this password to import the file; Tessera cannot recover it.</source>
        <translation>导入此文件时需要这个密码；Tessera 无法找回它。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="141"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="152"/>
        <source>Open the sheet to print it</source>
        <translation>打开清单以打印</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="169"/>
        <source>Save the export</source>
        <translation>保存导出文件</translation>
    </message>
</context>
<context>
    <name>BrowserIntegrationSection</name>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="13"/>
        <source>Browser integration</source>
        <translation>浏览器集成</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="15"/>
        <source>Tessera can fill sign-in codes in Chromium, Google Chrome, Microsoft Edge, Brave, Vivaldi and Firefox: connect your browsers here, then add the Tessera extension to them. Each browser is asked about once here, and each website once.</source>
        <translation>Tessera 可以在 Chromium、Google Chrome、Microsoft Edge、Brave、Vivaldi 和 Firefox 中填入登录验证码：在此连接你的浏览器，然后为它们添加 Tessera 扩展。每个浏览器只在这里询问一次，每个网站也只询问一次。</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="43"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="44"/>
        <source>Connect %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="51"/>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="52"/>
        <source>Disconnect %1</source>
        <translation>断开 %1</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="60"/>
        <source>No browser was found on this computer. Start your browser once, then look here again.</source>
        <translation>在此电脑上未找到浏览器。请先启动一次浏览器，然后再回到这里查看。</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="67"/>
        <source>The extension comes from your browser&apos;s add-on store, or loads unpacked (developer mode) from:</source>
        <translation>扩展可从浏览器的扩展商店获取，或以未打包方式（开发者模式）从以下位置加载：</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="68"/>
        <source>The extension comes from your browser&apos;s add-on store.</source>
        <translation>扩展可从浏览器的扩展商店获取。</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="86"/>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="91"/>
        <source>Look for browsers again</source>
        <translation>重新查找浏览器</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="105"/>
        <source>Browsers allowed to ask for codes</source>
        <translation>允许请求验证码的浏览器</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="115"/>
        <source>%1, allowed on %2</source>
        <translation>%1，于 %2 允许</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="122"/>
        <source>Forget</source>
        <translation>忘记</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="123"/>
        <source>Forget %1</source>
        <translation>忘记 %1</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="130"/>
        <source>Websites</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="140"/>
        <source>%1: filled</source>
        <translation>%1：自动填入</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="140"/>
        <source>%1: never filled</source>
        <translation>%1：从不填入</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="147"/>
        <source>Ask again</source>
        <translation>重新询问</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="148"/>
        <source>Ask again about %1</source>
        <translation>重新询问 %1</translation>
    </message>
</context>
<context>
    <name>BrowserPrompt</name>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="14"/>
        <source>Tessera — allow a browser?</source>
        <translation>Tessera — 允许浏览器？</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="14"/>
        <source>Tessera — fill a code?</source>
        <translation>Tessera — 填入验证码？</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="58"/>
        <source>The Tessera extension in this browser asks to be paired. Once allowed, it can ask for the codes of the websites you answer Always or Once for. If you did not just ask for a code in your browser, choose Deny.</source>
        <translation>此浏览器中的 Tessera 扩展请求配对。允许后，它可以为你回答“始终”或“仅此一次”的网站请求验证码。如果你刚才没有在浏览器中请求验证码，请选择“拒绝”。</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="61"/>
        <source>The page asks for a code. Always fills it on this site from now on (on every computer with this vault); Never stops asking.</source>
        <translation>页面需要验证码。“始终”表示从现在起在此网站自动填入（在每台使用此保险库的电脑上）；“从不”表示不再询问。</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="73"/>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="80"/>
        <source>Always</source>
        <translation>始终</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="86"/>
        <source>Once</source>
        <translation>仅此一次</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="93"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="93"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
</context>
<context>
    <name>CliAccessSection</name>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="14"/>
        <location filename="../../qml/requests/CliAccessSection.qml" line="20"/>
        <source>Let tessera-cli use the unlocked app</source>
        <translation>允许 tessera-cli 使用已解锁的应用</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="21"/>
        <source>Ask each time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="21"/>
        <source>While unlocked</source>
        <translation>解锁期间</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="21"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="28"/>
        <source>tessera-cli asks for the password and opens the vault file itself.</source>
        <translation>tessera-cli 会询问密码并自行打开保险库文件。</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="29"/>
        <source>While Tessera is unlocked, tessera-cli gets codes from it without the password. Only your own programs can ask; nothing can be added, changed or exported this way.</source>
        <translation>Tessera 解锁期间，tessera-cli 无需密码即可从中获取验证码。只有您自己的程序可以请求；无法通过这种方式添加、更改或导出任何内容。</translation>
    </message>
</context>
<context>
    <name>ClockChip</name>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="23"/>
        <source>Clock: %1</source>
        <translation>时钟：%1</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="74"/>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="100"/>
        <source>Correct codes</source>
        <translation>校正验证码</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="106"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="106"/>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <location filename="../../qml/time/ClockWarning.qml" line="45"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockWarning.qml" line="50"/>
        <source>Correct codes</source>
        <translation>校正验证码</translation>
    </message>
</context>
<context>
    <name>DesktopSearch</name>
    <message>
        <location filename="../../qml/desktop/linux/desktop_search_linux.cpp" line="138"/>
        <source>Copy the code</source>
        <translation>复制验证码</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="15"/>
        <source>Export to a phone</source>
        <translation>导出到手机</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="41"/>
        <source>The codes hold the secret keys of your accounts: anyone who sees or photographs them can copy your accounts. Make sure nobody is watching and the screen is not shared or recorded.</source>
        <translation>这些二维码包含你账户的密钥：任何看到或拍下它们的人都能复制你的账户。请确保没有人在看，且屏幕没有被共享或录制。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="47"/>
        <source>On the phone, open Google Authenticator → Transfer accounts → Import accounts, then scan each code.</source>
        <translation>在手机上打开 Google 身份验证器 → 转移账号 → 导入账号，然后逐个扫描二维码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/ExportPage.qml" line="60"/>
        <source>Show the codes for %n account(s)</source>
        <translation>
            <numerusform>显示 %n 个账户的二维码</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="60"/>
        <source>Show the codes for all accounts</source>
        <translation>显示所有账户的二维码</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="78"/>
        <source>Transfer code %1</source>
        <translation>转移码 %1</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="91"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="92"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="93"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="116"/>
        <source>Save the codes in</source>
        <translation>将二维码保存到</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="11"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="37"/>
        <source>Welcome to Tessera</source>
        <translation>欢迎使用 Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="43"/>
        <source>Your sign-in codes are kept in an encrypted vault on this computer. Choose a password for it — there is no way to recover the vault without it.</source>
        <translation>你的登录验证码保存在这台电脑上的加密保险库中。请为它设置一个密码——没有密码将无法恢复保险库。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="50"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="52"/>
        <source>New vault password</source>
        <translation>新的保险库密码</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="64"/>
        <source>Password strength</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="81"/>
        <location filename="../../qml/vault/FirstRunPage.qml" line="83"/>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="89"/>
        <source>Also unlock with the system keychain</source>
        <translation>同时使用系统密钥环解锁</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="95"/>
        <source>Check this computer&apos;s clock against time servers</source>
        <translation>用时间服务器检查这台电脑的时钟</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="101"/>
        <source>Services accept a code only when the clock is right to within about a minute. Tessera asks public time servers (pool.ntp.org and others) at start and corrects its codes if this clock is off; nothing about your accounts is sent.</source>
        <translation>只有时钟误差在一分钟左右以内，服务才会接受验证码。Tessera 在启动时询问公共时间服务器（pool.ntp.org 等），如果时钟有偏差就校正验证码；不会发送任何有关你账户的信息。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="122"/>
        <source>Create vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="122"/>
        <source>Create vault and import</source>
        <translation>创建保险库并导入</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="135"/>
        <source>Open a vault from another computer…</source>
        <translation>打开来自另一台电脑的保险库…</translation>
    </message>
    <message>
        <source>Open an existing vault…</source>
        <translation type="vanished">打开现有的保险库…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="140"/>
        <source>Start by importing…</source>
        <translation>从导入开始…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="147"/>
        <source>After creating the vault, Tessera opens the file to import.</source>
        <translation>创建保险库后，Tessera 会打开要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="152"/>
        <source>Vault: %1</source>
        <translation>保险库：%1</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="163"/>
        <source>Open a Tessera vault</source>
        <translation>打开 Tessera 保险库</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="164"/>
        <source>Tessera vaults (*.tessera)</source>
        <translation>Tessera 保险库 (*.tessera)</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="164"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="169"/>
        <source>Import another authenticator&apos;s export</source>
        <translation>导入其他验证器的导出文件</translation>
    </message>
</context>
<context>
    <name>FoundAccountRow</name>
    <message>
        <location filename="../../qml/add/FoundAccountRow.qml" line="22"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../qml/add/FoundAccountRow.qml" line="33"/>
        <source>already in Tessera</source>
        <translation>已在 Tessera 中</translation>
    </message>
</context>
<context>
    <name>GlobalShortcut</name>
    <message>
        <location filename="../../qml/desktop/global_shortcut.cpp" line="17"/>
        <source>This desktop does not let apps set shortcuts. To open the quick picker with %1, add a shortcut for the command “tessera --quick” in the desktop&apos;s keyboard settings.</source>
        <translation>此桌面不允许应用设置快捷键。要用 %1 打开快速选择器，请在桌面的键盘设置中为命令“tessera --quick”添加快捷键。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="99"/>
        <source>The desktop did not open a shortcut session for Tessera.</source>
        <translation>桌面没有为 Tessera 打开快捷键会话。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="109"/>
        <source>Open Tessera&apos;s quick picker</source>
        <translation>打开 Tessera 快速选择器</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="119"/>
        <source>The desktop did not grant the shortcut %1.</source>
        <translation>桌面未授予快捷键 %1。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="135"/>
        <source>The desktop&apos;s shortcut portal failed: %1</source>
        <translation>桌面的快捷键门户出错：%1</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="48"/>
        <location filename="../../qml/desktop/macos/global_shortcut_macos.cpp" line="80"/>
        <location filename="../../qml/desktop/windows/global_shortcut_windows.cpp" line="70"/>
        <source>%1 cannot be a global shortcut: use a letter, digit or function key with modifiers.</source>
        <translation>%1 不能作为全局快捷键：请使用字母、数字或功能键加修饰键。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="52"/>
        <source>%1 alone would stop the key from working everywhere else: add Ctrl, Alt or Super.</source>
        <translation>单独使用 %1 会让该键在其他地方都失效：请加上 Ctrl、Alt 或 Super。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="57"/>
        <source>The keyboard layout in use has no key for %1.</source>
        <translation>当前键盘布局没有 %1 对应的按键。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="67"/>
        <location filename="../../qml/desktop/macos/global_shortcut_macos.cpp" line="98"/>
        <location filename="../../qml/desktop/windows/global_shortcut_windows.cpp" line="84"/>
        <source>Another program already uses %1. Choose other keys.</source>
        <translation>另一个程序已在使用 %1。请选择其他按键。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="68"/>
        <source>The X server refused the shortcut %1.</source>
        <translation>X 服务器拒绝了快捷键 %1。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/macos/global_shortcut_macos.cpp" line="99"/>
        <source>macOS refused the shortcut %1.</source>
        <translation>macOS 拒绝了快捷键 %1。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/windows/global_shortcut_windows.cpp" line="85"/>
        <source>Windows refused the shortcut %1.</source>
        <translation>Windows 拒绝了快捷键 %1。</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../qml/components/HeaderBar.qml" line="29"/>
        <source>Back (Esc)</source>
        <translation>返回（Esc）</translation>
    </message>
</context>
<context>
    <name>IconChooser</name>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="19"/>
        <source>Icon for %1</source>
        <translation>%1 的图标</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="19"/>
        <source>this account</source>
        <translation>此账户</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="20"/>
        <source>Use this icon</source>
        <translation>使用此图标</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="37"/>
        <location filename="../../qml/accounts/IconChooser.qml" line="38"/>
        <source>Search icons by service</source>
        <translation>按服务搜索图标</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="53"/>
        <source>Service icons</source>
        <translation>服务图标</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="102"/>
        <source>No service&apos;s icon matches “%1”.</source>
        <translation>没有与“%1”匹配的服务图标。</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="111"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="118"/>
        <source>First letter</source>
        <translation>首字母</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="125"/>
        <source>Picture file…</source>
        <translation>图片文件…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="141"/>
        <source>Icons: your icon packs and Simple Icons (CC0). Brand icons are trademarks of their owners.</source>
        <translation>图标：你的图标包和 Simple Icons（CC0）。品牌图标是其所有者的商标。</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="142"/>
        <source>Icons: Simple Icons (CC0). Brand icons are trademarks of their owners.</source>
        <translation>图标：Simple Icons（CC0）。品牌图标是其所有者的商标。</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="151"/>
        <source>Choose a picture for the account&apos;s icon</source>
        <translation>为账户图标选择一张图片</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="152"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="152"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>IconPacksSection</name>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="13"/>
        <source>Service icons</source>
        <translation>服务图标</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="15"/>
        <source>Accounts show their service&apos;s icon from Simple Icons. An Aegis icon pack (a ZIP file with pack.json) adds icons of its own to choose from.</source>
        <translation>账户会显示来自 Simple Icons 的服务图标。Aegis 图标包（带有 pack.json 的 ZIP 文件）会增加可供选择的图标。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/IconPacksSection.qml" line="26"/>
        <source>%1, version %2: %n icon(s)</source>
        <translation>
            <numerusform>%1，版本 %2：%n 个图标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="34"/>
        <source>Remove the icon pack “%1”</source>
        <translation>移除图标包“%1”</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="44"/>
        <source>Add an Aegis icon pack…</source>
        <translation>添加 Aegis 图标包…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/IconPacksSection.qml" line="52"/>
        <source>Use pack icons for %n account(s)</source>
        <translation>
            <numerusform>为 %n 个账户使用图标包中的图标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="59"/>
        <source>Reading the icon pack…</source>
        <translation>正在读取图标包…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="68"/>
        <source>Add an Aegis icon pack</source>
        <translation>添加 Aegis 图标包</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="70"/>
        <source>Icon packs (*.zip)</source>
        <translation>图标包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="70"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="12"/>
        <source>Import from another app</source>
        <translation>从其他应用导入</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="52"/>
        <source>Export your accounts from the other app first, then open the file here or drop it on this window. Tessera recognises Aegis, 2FAS, andOTP, FreeOTP and FreeOTP+, Bitwarden, Ente Auth, Stratum (Authenticator Pro), OTPClient, Authy, LastPass, Proton Authenticator, TOTP Authenticator, Steam Guard, Duo, Google Authenticator transfer links, otpauth:// lists (WinAuth and others) and Tessera backups.</source>
        <translation>请先在其他应用中导出账户，然后在这里打开该文件，或把它拖到此窗口。Tessera 可识别 Aegis、2FAS、andOTP、FreeOTP 和 FreeOTP+、Bitwarden、Ente Auth、Stratum（Authenticator Pro）、OTPClient、Authy、LastPass、Proton Authenticator、TOTP Authenticator、Steam 令牌、Duo、Google 身份验证器转移链接、otpauth:// 列表（WinAuth 等）以及 Tessera 备份。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="59"/>
        <source>Choose a file… (Ctrl+O)</source>
        <translation>选择文件…（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="69"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="71"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="77"/>
        <source>Recognise it (%1)</source>
        <translation>自动识别（%1）</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="77"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="80"/>
        <source>Format of the file</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="90"/>
        <source>Password of the exported file</source>
        <translation>导出文件的密码</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="98"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="108"/>
        <source>Reading the file; an encrypted one can take a few seconds…</source>
        <translation>正在读取文件；加密文件可能需要几秒钟…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="111"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="127"/>
        <source>In the %1 file</source>
        <translation>在 %1 文件中</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="132"/>
        <location filename="../../qml/transfer/ImportPage.qml" line="160"/>
        <source>Tessera already has this account.</source>
        <translation>Tessera 中已有此账户。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="132"/>
        <location filename="../../qml/transfer/ImportPage.qml" line="160"/>
        <source>Tessera already has all of these accounts.</source>
        <translation>Tessera 中已有所有这些账户。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="139"/>
        <source>Choose all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="140"/>
        <source>Choose none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="170"/>
        <source>Nothing new to add</source>
        <translation>没有可添加的新内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/ImportPage.qml" line="170"/>
        <source>Add %n account(s)</source>
        <translation>
            <numerusform>添加 %n 个账户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="175"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="183"/>
        <source>Open an export of another authenticator</source>
        <translation>打开其他验证器的导出文件</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="10"/>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="10"/>
        <source>Locked — Tessera</source>
        <translation>已锁定 — Tessera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Main.qml" line="91"/>
        <source>Added %n account(s)</source>
        <translation>
            <numerusform>已添加 %n 个账户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="107"/>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
</context>
<context>
    <name>ModalDialog</name>
    <message>
        <location filename="../../qml/components/ModalDialog.qml" line="12"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../qml/components/ModalDialog.qml" line="13"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../qml/components/PasswordField.qml" line="21"/>
        <source>Hide password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <location filename="../../qml/components/PasswordField.qml" line="21"/>
        <source>Show password</source>
        <translation>显示密码</translation>
    </message>
</context>
<context>
    <name>PinSection</name>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="14"/>
        <source>Quick unlock with a PIN: on until Tessera quits</source>
        <translation>PIN 快速解锁：在退出 Tessera 前有效</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="15"/>
        <source>Quick unlock with a PIN</source>
        <translation>PIN 快速解锁</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="21"/>
        <source>Change PIN…</source>
        <translation>更改 PIN…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="21"/>
        <source>Set a PIN…</source>
        <translation>设置 PIN…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="29"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="34"/>
        <source>After an automatic lock (idle time, screen lock) a PIN of 4 to 8 digits unlocks Tessera instead of the password. It is kept in memory only, for this run: locking by hand, quitting or three wrong PINs forget it.</source>
        <translation>自动锁定（空闲、屏幕锁定）后，可用 4 到 8 位数字的 PIN 代替密码解锁 Tessera。PIN 仅保存在内存中、仅限本次运行：手动锁定、退出或输错三次都会清除它。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="54"/>
        <source>Set a PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="55"/>
        <source>Set PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="62"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN（4 到 8 位数字）</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="71"/>
        <source>The same PIN again</source>
        <translation>再次输入相同的 PIN</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../qml/desktop/linux/autostart_xdg.cpp" line="81"/>
        <source>Start Tessera when you log in</source>
        <translation>登录时启动 Tessera</translation>
    </message>
</context>
<context>
    <name>QuickAccessSection</name>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="15"/>
        <source>Quick access</source>
        <translation>快速访问</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="18"/>
        <source>Press %1 anywhere to pick a code: type to search, Enter copies it, Shift+Enter types it into the window you were in.</source>
        <translation>在任意位置按 %1 选择验证码：输入以搜索，Enter 复制，Shift+Enter 将其输入到您之前所在的窗口。</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="20"/>
        <source>The quick picker opens with a shortcut you choose, or with the command “tessera --quick”.</source>
        <translation>快速选择器可通过您选择的快捷键或命令“tessera --quick”打开。</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="26"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="30"/>
        <source>Press the keys…</source>
        <translation>请按下按键…</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="31"/>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="33"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="32"/>
        <source>Shortcut for the quick picker: %1. Press to choose other keys</source>
        <translation>快速选择器的快捷键：%1。按下以选择其他按键</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="52"/>
        <source>Turn off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="59"/>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="75"/>
        <source>Shift+Enter copies the code here instead of typing it: %1</source>
        <translation>此处 Shift+Enter 会复制验证码而不是输入：%1</translation>
    </message>
</context>
<context>
    <name>QuickPicker</name>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="12"/>
        <source>Tessera quick picker</source>
        <translation>Tessera 快速选择器</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="82"/>
        <source>Unlock Tessera to pick a code</source>
        <translation>解锁 Tessera 以选择验证码</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="93"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="93"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="109"/>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="121"/>
        <source>Search accounts</source>
        <translation>搜索账户</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="145"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="155"/>
        <source>No accounts yet.</source>
        <translation>还没有账户。</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="155"/>
        <source>No account matches “%1”.</source>
        <translation>没有与“%1”匹配的账户。</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="169"/>
        <source>Enter copies · Shift+Enter types it · Esc closes</source>
        <translation>Enter 复制 · Shift+Enter 输入 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="170"/>
        <source>Enter copies · Esc closes</source>
        <translation>Enter 复制 · Esc 关闭</translation>
    </message>
</context>
<context>
    <name>QuickPickerRow</name>
    <message>
        <location filename="../../qml/quick/QuickPickerRow.qml" line="28"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPickerRow.qml" line="29"/>
        <source>Press Enter to copy the code</source>
        <translation>按 Enter 复制验证码</translation>
    </message>
</context>
<context>
    <name>RequestPrompt</name>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="15"/>
        <source>Tessera — allow tessera-cli?</source>
        <translation>Tessera — 允许 tessera-cli？</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="64"/>
        <source>Tessera is locked. Your PIN unlocks it and allows this request; if you did not just run tessera-cli, choose Deny.</source>
        <translation>Tessera 已锁定。输入 PIN 将解锁并允许此请求；如果您刚才没有运行 tessera-cli，请选择“拒绝”。</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="66"/>
        <source>If you did not just run tessera-cli, choose Deny.</source>
        <translation>如果您刚才没有运行 tessera-cli，请选择“拒绝”。</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="75"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="90"/>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="101"/>
        <source>Unlock and allow once</source>
        <translation>解锁并允许一次</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="109"/>
        <source>Allow once</source>
        <translation>允许一次</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="115"/>
        <source>Allow for 10 minutes</source>
        <translation>允许 10 分钟</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="122"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="15"/>
        <source>Scan a QR code</source>
        <translation>扫描二维码</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="56"/>
        <source>Open a picture of the service&apos;s QR code, paste it, take it from the screen or hold it up to the camera. A Google Authenticator export works too — scan each of its codes. You can also drop pictures on this page.</source>
        <translation>打开服务二维码的图片、粘贴它、从屏幕上获取，或将它对准摄像头。Google 身份验证器的导出也可以——逐个扫描其中的二维码。你也可以把图片拖到此页面。</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="64"/>
        <source>Open picture…</source>
        <translation>打开图片…</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="64"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="65"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="65"/>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="66"/>
        <source>From the screen</source>
        <translation>从屏幕获取</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="69"/>
        <source>Stop camera</source>
        <translation>关闭摄像头</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="69"/>
        <location filename="../../qml/add/ScanPage.qml" line="84"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="110"/>
        <source>The camera could not be used: %1. Check that no other program uses it and that Tessera may access it.</source>
        <translation>无法使用摄像头：%1。请检查是否有其他程序正在使用它，以及 Tessera 是否有权访问它。</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="111"/>
        <source>No camera found. Connect one, or open a picture of the code instead.</source>
        <translation>未找到摄像头。请连接一个，或改为打开二维码的图片。</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="119"/>
        <source>Hold the code steady in front of the camera; it stops by itself once the code is read.</source>
        <translation>将二维码稳定地放在摄像头前；读取成功后会自动停止。</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="128"/>
        <source>Reading the picture…</source>
        <translation>正在读取图片…</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="131"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="153"/>
        <source>Found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="171"/>
        <source>Tessera already has this account.</source>
        <translation>Tessera 中已有此账户。</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="171"/>
        <source>Tessera already has all of these accounts.</source>
        <translation>Tessera 中已有所有这些账户。</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="181"/>
        <source>Nothing new to add</source>
        <translation>没有可添加的新内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/add/ScanPage.qml" line="181"/>
        <source>Add %n account(s)</source>
        <translation>
            <numerusform>添加 %n 个账户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="186"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="194"/>
        <source>Open a picture of the QR code</source>
        <translation>打开二维码图片</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="196"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="196"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../qml/components/SearchField.qml" line="27"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="13"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="36"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="39"/>
        <source>Lock after</source>
        <translation>锁定时间</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="43"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="60"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="43"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="45"/>
        <source>Lock after this many idle minutes</source>
        <translation>闲置这么多分钟后锁定</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="49"/>
        <source>Lock when the screen locks</source>
        <translation>屏幕锁定时锁定</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="56"/>
        <source>Clear copied codes after</source>
        <translation>清除已复制验证码的时间</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="60"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="62"/>
        <source>Clear the clipboard after this many seconds</source>
        <translation>这么多秒后清除剪贴板</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="68"/>
        <source>Unlock with the system keychain</source>
        <translation>使用系统密钥环解锁</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="81"/>
        <source>Change password…</source>
        <translation>更改密码…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="82"/>
        <source>Password changed.</source>
        <translation>密码已更改。</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="85"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="88"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="94"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="91"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="104"/>
        <source>Like the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="91"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="91"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="99"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="109"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="113"/>
        <source>Closing the window keeps Tessera in the tray</source>
        <translation>关闭窗口时将 Tessera 保留在托盘中</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="118"/>
        <source>Start Tessera in the tray when I log in</source>
        <translation>登录时在托盘中启动 Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="132"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="134"/>
        <source>Every change keeps the previous vault (the newest 10) in:</source>
        <translation>每次更改都会保留之前的保险库（最新的 10 个），位置：</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="148"/>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="153"/>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="159"/>
        <source>A second folder (a USB stick, another sync folder) can receive an encrypted copy after each change.</source>
        <translation>第二个文件夹（U 盘或另一个同步文件夹）可以在每次更改后收到一份加密副本。</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="160"/>
        <source>An encrypted copy also goes to: %1</source>
        <translation>加密副本也会保存到：%1</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="167"/>
        <source>The last copy could not go there: %1</source>
        <translation>上一份副本无法保存到那里：%1</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="176"/>
        <source>Choose a second folder…</source>
        <translation>选择第二个文件夹…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="176"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="181"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="190"/>
        <source>Several computers</source>
        <translation>多台电脑</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="192"/>
        <source>Keep the vault in a folder a sync tool shares (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) and open it on each computer: changes made on both are merged, and the copies a sync tool leaves beside it are merged too.</source>
        <translation>将保险库放在同步工具共享的文件夹中（Syncthing、Nextcloud、Dropbox、OneDrive、iCloud Drive），并在每台电脑上打开：两边所做的更改都会合并，同步工具在旁边留下的副本也会合并。</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="200"/>
        <source>Move to another folder…</source>
        <translation>移动到另一个文件夹…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="211"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="213"/>
        <source>Services accept a code only when this computer&apos;s clock is right to within about half a minute. Tessera measures the clock against time servers and corrects the codes; the system clock is left as it is.</source>
        <translation>只有这台电脑的时钟误差在半分钟左右以内，服务才会接受验证码。Tessera 用时间服务器测量时钟并校正验证码；系统时钟保持不变。</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="223"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="223"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="258"/>
        <source>Correct codes with the measured time</source>
        <translation>用测得的时间校正验证码</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="263"/>
        <source>Check the clock when Tessera starts</source>
        <translation>Tessera 启动时检查时钟</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="269"/>
        <source>Shift codes by hand</source>
        <translation>手动偏移验证码</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="275"/>
        <source>seconds, e.g. 30 or -12.5</source>
        <translation>秒，例如 30 或 -12.5</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="276"/>
        <source>Offset in seconds</source>
        <translation>偏移秒数</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="283"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="289"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="290"/>
        <source>Forget the correction: codes use the system clock</source>
        <translation>忘记校正：验证码使用系统时钟</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="294"/>
        <source>Time servers, one per line (HOST or HOST:PORT)</source>
        <translation>时间服务器，每行一个（主机 或 主机:端口）</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="300"/>
        <source>Time servers</source>
        <translation>时间服务器</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="304"/>
        <source>Where time servers are blocked, use the time of this web address</source>
        <translation>在时间服务器被屏蔽时，使用此网址的时间</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="311"/>
        <source>https://… (empty: no fallback)</source>
        <translation>https://…（留空：不使用备用）</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="314"/>
        <source>Fallback web address</source>
        <translation>备用网址</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="326"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="327"/>
        <source>Tessera %1 — licensed under the GNU GPL, version 3 or later.</source>
        <translation>Tessera %1 — 依据 GNU GPL 第 3 版或更高版本授权。</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="331"/>
        <source>Service icons: %1 (simpleicons.org, CC0). Brand icons are trademarks of their respective owners; their use does not imply endorsement.</source>
        <translation>服务图标：%1（simpleicons.org，CC0）。品牌图标是其各自所有者的商标；使用它们并不代表获得认可。</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="336"/>
        <source>Vault: %1</source>
        <translation>保险库：%1</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="343"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="345"/>
        <source>Tessera vaults (*.tessera)</source>
        <translation>Tessera 保险库 (*.tessera)</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="345"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="351"/>
        <source>Restore this backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="352"/>
        <source>The accounts become those of the backup, on this computer and on every computer that shares the vault. The vault as it is now is kept in the backups.</source>
        <translation>账户将变为备份中的账户，在本电脑以及共享该保险库的每台电脑上都是如此。保险库的当前状态会保留在备份中。</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="354"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="359"/>
        <source>A second folder for backups</source>
        <translation>用于备份的第二个文件夹</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="364"/>
        <source>Move the vault to a folder</source>
        <translation>将保险库移动到文件夹</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="371"/>
        <source>Change the vault password</source>
        <translation>更改保险库密码</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="372"/>
        <source>Change password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="376"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="377"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="379"/>
        <source>Repeat the new password</source>
        <translation>再次输入新密码</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../qml/components/Toast.qml" line="53"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../qml/components/Toast.qml" line="59"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="11"/>
        <location filename="../../qml/vault/UnlockPage.qml" line="108"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="26"/>
        <source>Tessera is locked</source>
        <translation>Tessera 已锁定</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="36"/>
        <location filename="../../qml/vault/UnlockPage.qml" line="41"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="59"/>
        <location filename="../../qml/vault/UnlockPage.qml" line="62"/>
        <source>Vault password</source>
        <translation>保险库密码</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="89"/>
        <source>Unlocking</source>
        <translation>正在解锁</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="94"/>
        <source>Use keychain</source>
        <translation>使用密钥环</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="101"/>
        <source>Use the password</source>
        <translation>使用密码</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="116"/>
        <source>Open another vault…</source>
        <translation>打开其他保险库…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="125"/>
        <source>Open a Tessera vault</source>
        <translation>打开 Tessera 保险库</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="126"/>
        <source>Tessera vaults (*.tessera)</source>
        <translation>Tessera 保险库 (*.tessera)</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="126"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>tessera::Error</name>
    <message>
        <location filename="../../core/common/error_text.cpp" line="27"/>
        <source>The secret key is not valid Base32: &apos;%1&apos; at position %2 is not a letter A-Z or a digit 2-7; check the key for typos.</source>
        <translation>密钥不是有效的 Base32：第 %2 位的“%1”不是字母 A-Z 或数字 2-7；请检查密钥是否有输入错误。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="32"/>
        <source>The secret key is not valid %1; the file may be damaged.</source>
        <translation>密钥不是有效的 %1；文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="34"/>
        <source>The secret key is empty or too short; copy the whole key the service shows.</source>
        <translation>密钥为空或太短；请复制服务显示的完整密钥。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="36"/>
        <source>The link is longer than 64 KiB and was refused; an otpauth:// link is never that long.</source>
        <translation>链接超过 64 KiB，已被拒绝；otpauth:// 链接从不会这么长。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="39"/>
        <source>This is not an otpauth:// link; give the link the service shows for authenticator apps.</source>
        <translation>这不是 otpauth:// 链接；请提供服务为验证器应用显示的链接。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="40"/>
        <source>This holds a &apos;%1&apos; link, not an otpauth:// authenticator link.</source>
        <translation>这是一个“%1”链接，不是 otpauth:// 验证器链接。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="42"/>
        <source>The otpauth:// link is malformed (%1); copy the whole link again.</source>
        <translation>otpauth:// 链接格式错误（%1）；请重新复制完整链接。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="44"/>
        <source>The otpauth:// link has type &apos;%1&apos;; only totp, hotp and steam are supported.</source>
        <translation>otpauth:// 链接的类型为“%1”；仅支持 totp、hotp 和 steam。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="46"/>
        <source>The otpauth:// link has no secret parameter; copy the whole link again.</source>
        <translation>otpauth:// 链接缺少 secret 参数；请重新复制完整链接。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="48"/>
        <source>The otpauth:// link has a broken percent-encoding in %1; copy the whole link again.</source>
        <translation>otpauth:// 链接在 %1 中的百分号编码有误；请重新复制完整链接。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="51"/>
        <source>The HOTP link has no counter parameter; add counter=0 if the service gave none.</source>
        <translation>HOTP 链接缺少 counter 参数；如果服务没有提供，请添加 counter=0。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="53"/>
        <source>&apos;%1&apos; digits is not supported; use 6 to 10 digits.</source>
        <translation>不支持“%1”位；请使用 6 到 10 位。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="55"/>
        <source>The period &apos;%1&apos; is not valid; use a whole number of seconds, at least 1.</source>
        <translation>周期“%1”无效；请使用至少为 1 的整数秒。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="57"/>
        <source>The counter &apos;%1&apos; is not valid; use a whole number from 0 to 18446744073709551615.</source>
        <translation>计数器“%1”无效；请使用 0 到 18446744073709551615 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="60"/>
        <source>The algorithm &apos;%1&apos; is not supported; use SHA1, SHA256 or SHA512.</source>
        <translation>不支持算法“%1”；请使用 SHA1、SHA256 或 SHA512。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="62"/>
        <source>The type &apos;%1&apos; is not supported; use totp, hotp or steam.</source>
        <translation>不支持类型“%1”；请使用 totp、hotp 或 steam。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="64"/>
        <source>The time &apos;%1&apos; is not valid; give whole seconds since 1970-01-01 UTC.</source>
        <translation>时间“%1”无效；请提供自 1970-01-01 UTC 起的整数秒。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="66"/>
        <source>No account matches &apos;%1&apos;; &apos;tessera-cli list&apos; shows them all.</source>
        <translation>没有与“%1”匹配的账户；“tessera-cli list”会列出全部账户。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="68"/>
        <source>&apos;%1&apos; matches %2 accounts (%3); give more of the issuer or name, or Issuer:Name.</source>
        <translation>“%1”匹配了 %2 个账户（%3）；请提供更多服务商或名称信息，或使用 服务商:名称。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="73"/>
        <source>%1 has no unused recovery codes left; get a new set from the service and add it.</source>
        <translation>%1 已没有未使用的恢复码；请从服务获取一组新的并添加。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="75"/>
        <source>A recovery code is empty or longer than 256 characters; give each code as the service shows it.</source>
        <translation>某个恢复码为空或超过 256 个字符；请按服务显示的样子输入每个恢复码。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="77"/>
        <source>Give the service or the account a name.</source>
        <translation>请为服务或账户起个名字。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="79"/>
        <source>The password is empty; choose a password to protect the vault.</source>
        <translation>密码为空；请设置一个密码来保护保险库。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="81"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致；请输入两次相同的密码。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="83"/>
        <source>The vault needs its password; give it with --password-stdin or run in a terminal to be asked.</source>
        <translation>保险库需要密码；请通过 --password-stdin 提供，或在终端中运行以便输入。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="85"/>
        <source>&apos;%1&apos; is not a time server address; write HOST or HOST:PORT, e.g. pool.ntp.org or 10.0.0.1:123.</source>
        <translation>“%1”不是时间服务器地址；请写成 主机 或 主机:端口，例如 pool.ntp.org 或 10.0.0.1:123。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="88"/>
        <source>&apos;%1&apos; is not an https:// address; the time fallback needs a web address starting with https://.</source>
        <translation>“%1”不是 https:// 地址；备用时间源需要以 https:// 开头的网址。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="91"/>
        <source>&apos;%1&apos; is not a website; give its address, such as github.com.</source>
        <translation>“%1”不是网站；请填写网站地址，例如 github.com。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="93"/>
        <source>&apos;%1&apos; is shared by many unrelated websites; give the site itself, such as example.co.uk.</source>
        <translation>“%1”被许多无关的网站共用；请填写网站本身，例如 example.co.uk。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="96"/>
        <source>%1 is not among this account&apos;s websites.</source>
        <translation>%1 不在此账户的网站列表中。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="98"/>
        <source>The offset &apos;%1&apos; is not valid; give seconds, e.g. 92.5 or -30, within 50 years.</source>
        <translation>偏移“%1”无效；请提供秒数，例如 92.5 或 -30，且不超过 50 年。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="100"/>
        <source>No QR code was found in the picture; make sure the whole code is visible, sharp and not cut off.</source>
        <translation>图片中未找到二维码；请确保二维码完整可见、清晰且没有被裁切。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="103"/>
        <source>This QR code holds a web address, not an authenticator account.</source>
        <translation>此二维码包含一个网址，而不是验证器账户。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="105"/>
        <source>This QR code holds a Wi-Fi network, not an authenticator account.</source>
        <translation>此二维码包含一个 Wi-Fi 网络，而不是验证器账户。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="107"/>
        <source>This QR code holds an e-mail address, not an authenticator account.</source>
        <translation>此二维码包含一个电子邮件地址，而不是验证器账户。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="109"/>
        <source>This QR code holds a phone number, not an authenticator account.</source>
        <translation>此二维码包含一个电话号码，而不是验证器账户。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="111"/>
        <source>This QR code holds a contact card, not an authenticator account.</source>
        <translation>此二维码包含一张联系人名片，而不是验证器账户。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="112"/>
        <source>This QR code holds plain text, not an authenticator account.</source>
        <translation>此二维码包含纯文本，而不是验证器账户。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="114"/>
        <source>%1 bytes do not fit in one QR code; export fewer accounts per code.</source>
        <translation>%1 字节无法放入一个二维码；请在每个二维码中导出更少的账户。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="116"/>
        <source>Could not read %1 as a picture; use a PNG, JPEG, BMP or GIF file.</source>
        <translation>无法将 %1 作为图片读取；请使用 PNG、JPEG、BMP 或 GIF 文件。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="118"/>
        <source>This picture is larger than %1 KiB; choose a smaller one for an account&apos;s icon.</source>
        <translation>这张图片大于 %1 KiB；请为账户图标选择一张更小的图片。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="120"/>
        <source>This file is not a PNG, JPEG, GIF, WebP or SVG picture.</source>
        <translation>此文件不是 PNG、JPEG、GIF、WebP 或 SVG 图片。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="122"/>
        <source>This is not an Aegis icon pack (%1); nothing was added.</source>
        <translation>这不是 Aegis 图标包（%1）；未添加任何内容。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="124"/>
        <source>This ZIP archive cannot be read (%1).</source>
        <translation>无法读取此 ZIP 压缩包（%1）。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="126"/>
        <source>%1 in this ZIP archive is larger than Tessera reads.</source>
        <translation>此 ZIP 压缩包中的 %1 超出了 Tessera 可读取的大小。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="128"/>
        <source>Could not take a picture of the screen (%1); save a screenshot and open it instead.</source>
        <translation>无法截取屏幕（%1）；请保存屏幕截图后打开它。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="131"/>
        <source>This file is not an export Tessera knows; choose its format, or export again from the other app as Aegis JSON or an otpauth:// list.</source>
        <translation>此文件不是 Tessera 认识的导出格式；请选择其格式，或从其他应用重新导出为 Aegis JSON 或 otpauth:// 列表。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="133"/>
        <source>&apos;%1&apos; is not an import format Tessera knows; see &apos;tessera-cli import --help&apos; for the list.</source>
        <translation>“%1”不是 Tessera 认识的导入格式；列表请参见“tessera-cli import --help”。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="137"/>
        <source>This %1 file is damaged or incomplete (%2); nothing was imported. Export it again.</source>
        <translation>此 %1 文件已损坏或不完整（%2）；未导入任何内容。请重新导出。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="141"/>
        <source>This %1 file is encrypted; give the password it was exported with.</source>
        <translation>此 %1 文件已加密；请提供导出时使用的密码。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="145"/>
        <source>This file cannot be imported: %1.</source>
        <translation>无法导入此文件：%1。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="146"/>
        <source>This %1 file cannot be imported: %2.</source>
        <translation>无法导入此 %1 文件：%2。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="150"/>
        <source>The file holds no accounts; nothing was imported.</source>
        <translation>文件中没有账户；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="151"/>
        <source>No account in the file could be read (%1); nothing was imported.</source>
        <translation>无法读取文件中的任何账户（%1）；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="153"/>
        <source>An encrypted export needs a password: give it with --export-password-file, or choose a plain export on purpose.</source>
        <translation>加密导出需要密码：请通过 --export-password-file 提供，或有意选择不加密的导出。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="157"/>
        <source>No account has recovery codes yet; add a service&apos;s backup codes to its account first.</source>
        <translation>还没有账户有恢复码；请先把服务的备用码添加到对应账户。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="158"/>
        <source>There is nothing to export; the vault has no accounts.</source>
        <translation>没有可导出的内容；保险库中没有账户。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="162"/>
        <source>This Google Authenticator export has %1 QR codes and parts %2 are still missing; scan every code the phone shows.</source>
        <translation>此 Google 身份验证器导出共有 %1 个二维码，仍缺少第 %2 部分；请扫描手机显示的每个二维码。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="165"/>
        <source>This Google Authenticator export has %1 QR codes and part %2 is still missing; scan every code the phone shows.</source>
        <translation>此 Google 身份验证器导出共有 %1 个二维码，仍缺少第 %2 部分；请扫描手机显示的每个二维码。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="170"/>
        <source>Wrong password; the vault was not changed.</source>
        <translation>密码错误；保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="172"/>
        <source>Wrong password for this %1 file; nothing was imported. Use the password you chose when you exported it.</source>
        <translation>此 %1 文件的密码错误；未导入任何内容。请使用导出时设置的密码。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="176"/>
        <source>The vault file is damaged (%1) and was left untouched; restore a copy from its backups folder.</source>
        <translation>保险库文件已损坏（%1），未作任何改动；请从其备份文件夹恢复副本。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="179"/>
        <source>The vault was written by a newer Tessera (format %1) and was left untouched; update Tessera.</source>
        <translation>此保险库由更新版本的 Tessera 写入（格式 %1），未作任何改动；请更新 Tessera。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="182"/>
        <source>A vault already exists at %1; choose another path with --vault.</source>
        <translation>%1 处已存在保险库；请用 --vault 选择其他路径。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="184"/>
        <source>There is no vault at %1; create one with &apos;tessera-cli init&apos; or give its path with --vault.</source>
        <translation>%1 处没有保险库；请用“tessera-cli init”创建，或用 --vault 提供其路径。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="187"/>
        <source>The file at %1 is now a different vault; open it again.</source>
        <translation>%1 处的文件现在是另一个保险库；请重新打开。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="189"/>
        <source>%1 lacks changes this computer has already seen: it is an older copy (a backup put back, or a sync that has not finished), so nothing was written. Merge a newer copy with &apos;tessera-cli merge FILE&apos;, or make this copy the vault on purpose with &apos;tessera-cli restore FILE&apos;.</source>
        <translation>%1 缺少本电脑已经见过的更改：它是一个较旧的副本（放回的备份，或尚未完成的同步），因此没有写入任何内容。请用 &apos;tessera-cli merge 文件&apos; 合并较新的副本，或用 &apos;tessera-cli restore 文件&apos; 有意将此副本作为保险库。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="194"/>
        <source>%1 is not a copy of this vault; only copies of the same vault (or its backups) can be merged.</source>
        <translation>%1 不是此保险库的副本；只能合并同一保险库的副本（或其备份）。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="197"/>
        <source>The vault&apos;s password was changed on another computer; unlock %1 with the new password.</source>
        <translation>保险库的密码已在另一台电脑上更改；请用新密码解锁 %1。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="200"/>
        <source>The vault is being re-encrypted for the new password; try again in a moment.</source>
        <translation>保险库正在为新密码重新加密；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="202"/>
        <source>Another program is saving the vault %1; try again in a moment.</source>
        <translation>另一个程序正在保存保险库 %1；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="204"/>
        <source>Could not read or write %1; check the disk and the permissions.</source>
        <translation>无法读取或写入 %1；请检查磁盘和权限。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="206"/>
        <source>The disk is full: %1 could not be written, and nothing was changed. Free some space and try again.</source>
        <translation>磁盘已满：无法写入 %1，未作任何更改。请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="209"/>
        <source>The folder %1 is read-only or not yours, so nothing was changed. Make it writable, or keep the vault in a folder you can write to.</source>
        <translation>文件夹 %1 为只读或不属于你，因此未作任何更改。请使其可写，或将保险库放在你可以写入的文件夹中。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="212"/>
        <source>Not enough memory for %1; close other programs and try again.</source>
        <translation>%1 内存不足；请关闭其他程序后重试。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="214"/>
        <source>The system keychain is not available (%1); unlock with the password instead.</source>
        <translation>系统密钥环不可用（%1）；请改用密码解锁。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="216"/>
        <source>The system keychain holds no key for this vault; unlock with the password and enable the keychain again.</source>
        <translation>系统密钥环中没有此保险库的密钥；请用密码解锁并重新启用密钥环。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="219"/>
        <source>Could not reach a time server (%1); check the network connection or the time servers in the settings.</source>
        <translation>无法连接时间服务器（%1）；请检查网络连接或设置中的时间服务器。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="223"/>
        <source>The cryptographic library failed (%1); reinstall Tessera or report this.</source>
        <translation>加密库出错（%1）；请重新安装 Tessera 或报告此问题。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="225"/>
        <source>The QR reader could not run (%1); reinstall Tessera.</source>
        <translation>二维码读取器无法运行（%1）；请重新安装 Tessera。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="227"/>
        <source>Reading this picture was stopped after %1 s: it holds far more code-like patterns than a QR code has, or is too large. Crop it to the QR code and try again.</source>
        <translation>读取此图片在 %1 秒后被停止：其中类似二维码的图案远多于一个二维码应有的数量，或图片过大。请将其裁剪到二维码后重试。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="231"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="233"/>
        <source>This file was refused: it asks for %1, far more than any authenticator export needs. It may be damaged or made to stall Tessera; export it again from the app it came from.</source>
        <translation>此文件已被拒绝：它要求 %1，远超任何验证器导出所需。它可能已损坏，或被故意制作来拖住 Tessera；请从原应用重新导出。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="237"/>
        <source>%1 Nothing was changed. If this computer&apos;s clock really is that far off, correct it, or run &apos;tessera-cli time --accept-large-offset&apos; to correct codes by it.</source>
        <translation>%1 未作任何更改。如果这台电脑的时钟确实偏差这么大，请校正它，或运行“tessera-cli time --accept-large-offset”按此偏差校正验证码。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="241"/>
        <source>No private channel to the running Tessera could be set up (%1), so this window works on its own; files and links opened now are not passed on.</source>
        <translation>无法与正在运行的 Tessera 建立私有通道（%1），因此此窗口独立运行；现在打开的文件和链接不会被转交。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="245"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN 为 4 到 8 位数字。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="248"/>
        <source>Wrong PIN. That was the third: unlock with the password now.</source>
        <translation>PIN 错误。这已是第三次：现在请用密码解锁。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/common/error_text.cpp" line="249"/>
        <source>Wrong PIN; %n attempt(s) left.</source>
        <translation>
            <numerusform>PIN 错误；还剩 %n 次机会。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="251"/>
        <source>The running Tessera was asked for %1 and the answer was Deny.</source>
        <translation>已向正在运行的 Tessera 请求%1，答复为拒绝。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="255"/>
        <source>This password is too easy to guess (about %1 bits; at least 40 are needed).</source>
        <translation>此密码太容易被猜到（约 %1 比特；至少需要 40）。</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="259"/>
        <source>Unknown error.</source>
        <translation>未知错误。</translation>
    </message>
</context>
<context>
    <name>tessera::TimeStatus</name>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="30"/>
        <source>%1 of %2 time servers say so, and no secure source confirmed it.</source>
        <translation>%2 个时间服务器中有 %1 个这样说，且没有安全来源确认。</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="31"/>
        <source>No secure source confirmed it, and a forged time reply could claim this.</source>
        <translation>没有安全来源确认，而伪造的时间回复也可能声称如此。</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="32"/>
        <source>Your clock seems %1 behind — correct codes by that much?</source>
        <translation>你的时钟似乎慢了 %1——按此校正验证码吗？</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="33"/>
        <source>Your clock seems %1 ahead — correct codes by that much?</source>
        <translation>你的时钟似乎快了 %1——按此校正验证码吗？</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="43"/>
        <location filename="../../core/session/time_status_text.cpp" line="45"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="47"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="50"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="52"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="53"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="60"/>
        <source>The clock could not be checked: no time server answered.</source>
        <translation>无法检查时钟：没有时间服务器响应。</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="61"/>
        <source>The clock has not been checked yet.</source>
        <translation>尚未检查时钟。</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="64"/>
        <source>Codes use the system clock.</source>
        <translation>验证码使用系统时钟。</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="65"/>
        <source>Codes are shifted by %1%2 (set by hand).</source>
        <translation>验证码偏移了 %1%2（手动设置）。</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="67"/>
        <source>A shift of %1%2 is set by hand but correction is turned off.</source>
        <translation>手动设置了 %1%2 的偏移，但校正已关闭。</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="71"/>
        <source>Clock is accurate (±%1).</source>
        <translation>时钟准确（±%1）。</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="75"/>
        <source>Your clock is %1 behind — codes are corrected.</source>
        <translation>你的时钟慢了 %1——验证码已校正。</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="76"/>
        <source>Your clock is %1 ahead — codes are corrected.</source>
        <translation>你的时钟快了 %1——验证码已校正。</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="77"/>
        <source>Your clock is %1 behind — codes are not corrected.</source>
        <translation>你的时钟慢了 %1——验证码未校正。</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="78"/>
        <source>Your clock is %1 ahead — codes are not corrected.</source>
        <translation>你的时钟快了 %1——验证码未校正。</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="85"/>
        <source>Clock unchecked</source>
        <translation>时钟未检查</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="87"/>
        <source>System clock</source>
        <translation>系统时钟</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="87"/>
        <source>Clock shifted by hand</source>
        <translation>时钟已手动偏移</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="89"/>
        <source>Clock OK</source>
        <translation>时钟正常</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="91"/>
        <source>Clock corrected</source>
        <translation>时钟已校正</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="92"/>
        <source>Clock %1 off</source>
        <translation>时钟偏差 %1</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="103"/>
        <source>Set by hand on %1.</source>
        <translation>于 %1 手动设置。</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="105"/>
        <source>Measured with %1 (SNTP, ±%2) on %3.</source>
        <translation>于 %3 通过 %1 测得（SNTP，±%2）。</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="107"/>
        <source>Measured with %1 (HTTPS, ±%2) on %3.</source>
        <translation>于 %3 通过 %1 测得（HTTPS，±%2）。</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::AccountsController</name>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="74"/>
        <source>%1 — clears in %2 s</source>
        <translation>%1 — %2 秒后清除</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="82"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="204"/>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="217"/>
        <source>Restored %1</source>
        <translation>已恢复 %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="258"/>
        <source>Recovery code copied and marked as used</source>
        <translation>恢复码已复制并标记为已使用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/accounts_controller.cpp" line="277"/>
        <source>%n recovery code(s) saved</source>
        <translation>
            <numerusform>已保存 %n 个恢复码</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::AutoType</name>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="54"/>
        <source>Tessera did not see which window you came from, so it typed nothing.</source>
        <translation>Tessera 未能识别您来自哪个窗口，因此没有输入任何内容。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="70"/>
        <source>The desktop did not let Tessera type, so it typed nothing.</source>
        <translation>桌面不允许 Tessera 输入，因此没有输入任何内容。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="74"/>
        <source>The desktop did not answer whether Tessera may type, so it typed nothing.</source>
        <translation>桌面没有回复 Tessera 是否可以输入，因此没有输入任何内容。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="91"/>
        <source>A modifier key stayed pressed, so Tessera typed nothing.</source>
        <translation>有修饰键一直被按住，因此 Tessera 没有输入任何内容。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="92"/>
        <source>The window you came from did not take the keyboard back, so Tessera typed nothing.</source>
        <translation>您之前所在的窗口没有重新获得键盘焦点，因此 Tessera 没有输入任何内容。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="100"/>
        <source>Another window took the keyboard, so Tessera stopped typing.</source>
        <translation>另一个窗口获取了键盘焦点，因此 Tessera 停止了输入。</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="102"/>
        <source>The keyboard layout in use has no key for “%1”, so Tessera stopped typing.</source>
        <translation>当前键盘布局没有“%1”对应的按键，因此 Tessera 停止了输入。</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::BrowserIntegrationController</name>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="34"/>
        <source>Cannot be connected: its sandbox cannot start Tessera</source>
        <translation>无法连接：其沙盒无法启动 Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="36"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="38"/>
        <source>Connected to another copy of Tessera</source>
        <translation>已连接到另一份 Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="40"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="40"/>
        <source>Not found on this computer</source>
        <translation>在此电脑上未找到</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="86"/>
        <source>%1 is connected. Add the Tessera extension to it, then sign in as usual.</source>
        <translation>%1 已连接。为它添加 Tessera 扩展，然后照常登录。</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="94"/>
        <source>%1 is no longer connected.</source>
        <translation>%1 已不再连接。</translation>
    </message>
    <message>
        <source>No browser was found on this computer.</source>
        <translation type="vanished">在此电脑上未找到浏览器。</translation>
    </message>
    <message>
        <source>Connected: %1. Add the Tessera extension to each, then sign in as usual.</source>
        <translation type="vanished">已连接：%1。为每个浏览器添加 Tessera 扩展，然后照常登录。</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::BrowserRequestsController</name>
    <message>
        <location filename="../../qml/browser/browser_requests_controller.cpp" line="57"/>
        <source>Allow %1 to request codes from Tessera?</source>
        <translation>允许 %1 向 Tessera 请求验证码？</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_requests_controller.cpp" line="60"/>
        <source>Fill codes on %1?</source>
        <translation>在 %1 上填入验证码？</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::CliRequestsController</name>
    <message>
        <location filename="../../qml/requests/cli_requests_controller.cpp" line="53"/>
        <source>tessera-cli wants %1.</source>
        <translation>tessera-cli 请求%1。</translation>
    </message>
    <message>
        <location filename="../../qml/requests/cli_requests_controller.cpp" line="54"/>
        <source>tessera-cli (%1) wants %2.</source>
        <translation>tessera-cli（%1）请求%2。</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ExportController</name>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="75"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="121"/>
        <source>%1 is not included: %2.</source>
        <translation>未包含 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="133"/>
        <source>None of these accounts can be transferred to Google Authenticator.</source>
        <translation>这些账户都无法转移到 Google 身份验证器。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="169"/>
        <source>Tessera → Google Authenticator · %1 of %2</source>
        <translation>Tessera → Google 身份验证器 · %1 / %2</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="173"/>
        <source>Saved %1 in %2. These pictures hold your secret keys: delete them once the phone has them.</source>
        <translation>已将 %1 保存到 %2。这些图片包含你的密钥：手机导入后请删除它们。</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::FileExportController</name>
    <message>
        <location filename="../../qml/transfer/file_export_controller.cpp" line="47"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/file_export_controller.cpp" line="101"/>
        <source>Choose a password for the file.</source>
        <translation>请为文件设置密码。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/file_export_controller.cpp" line="119"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::IconPacksController</name>
    <message numerus="yes">
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="102"/>
        <source>Icon pack “%1” (version %2) added: %n icon(s).</source>
        <translation>
            <numerusform>已添加图标包“%1”（版本 %2）：%n 个图标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="104"/>
        <source>%n of its pictures could not be used.</source>
        <translation>
            <numerusform>其中 %n 张图片无法使用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="121"/>
        <source>Icon pack removed. Accounts keep the icons they were given.</source>
        <translation>已移除图标包。账户会保留已获得的图标。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="135"/>
        <source>%n account(s) now show the pack&apos;s icon.</source>
        <translation>
            <numerusform>%n 个账户现在显示图标包中的图标。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ImportController</name>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="111"/>
        <source>Left out %1: %2</source>
        <translation>已略过 %1：%2</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="118"/>
        <source>Wait until the file being read is done, then open the next one.</source>
        <translation>请等待当前文件读取完成，再打开下一个。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="154"/>
        <source>This %1 file is encrypted. Type the password it was exported with.</source>
        <translation>此 %1 文件已加密。请输入导出时使用的密码。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="161"/>
        <source>Type the password of the file.</source>
        <translation>请输入文件的密码。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="173"/>
        <source>Reading the %1 file…</source>
        <translation>正在读取 %1 文件…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="190"/>
        <source>Stopped reading the file.</source>
        <translation>已停止读取文件。</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="200"/>
        <source>Choose at least one account to add.</source>
        <translation>请至少选择一个要添加的账户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/import_controller.cpp" line="213"/>
        <source>Added %n account(s).</source>
        <translation>
            <numerusform>已添加 %n 个账户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/import_controller.cpp" line="215"/>
        <source>%n entry(s) of the file could not be read and were left out.</source>
        <translation>
            <numerusform>文件中有 %n 个条目无法读取，已略过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::PinController</name>
    <message>
        <location filename="../../qml/vault/pin_controller.cpp" line="28"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/pin_controller.cpp" line="35"/>
        <source>PIN set. After an automatic lock it unlocks Tessera until you quit or lock by hand.</source>
        <translation>PIN 已设置。自动锁定后可用它解锁 Tessera，直到您退出或手动锁定。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/pin_controller.cpp" line="43"/>
        <source>PIN removed.</source>
        <translation>PIN 已移除。</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::PortalRequest</name>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="36"/>
        <source>it was cancelled or refused</source>
        <translation>操作已取消或被拒绝</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="42"/>
        <source>the desktop portal&apos;s picture could not be read</source>
        <translation>无法读取桌面门户提供的图片</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::QuickPickerController</name>
    <message>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="31"/>
        <source>Typing into other windows is not available here.</source>
        <translation>此处无法向其他窗口输入。</translation>
    </message>
    <message>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="80"/>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="99"/>
        <source>%1 The code was copied instead.</source>
        <translation>%1 已改为复制验证码。</translation>
    </message>
    <message>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="116"/>
        <source>Hold Ctrl, Alt or Super with the key, so that it does not stop the key from working elsewhere.</source>
        <translation>请同时按住 Ctrl、Alt 或 Super 键，以免该按键在其他地方失效。</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ScanController</name>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="29"/>
        <source>Stopped reading the picture.</source>
        <translation>已停止读取图片。</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="122"/>
        <source>Looking at the screen…</source>
        <translation>正在查看屏幕…</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="178"/>
        <source>Part read; scan the next code.</source>
        <translation>已读取一部分；请扫描下一个二维码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/add/scan_controller.cpp" line="178"/>
        <source>Found %n account(s).</source>
        <translation>
            <numerusform>找到 %n 个账户。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="185"/>
        <source>The clipboard holds no picture and no link; copy the QR code&apos;s picture or its otpauth:// link.</source>
        <translation>剪贴板中没有图片或链接；请复制二维码的图片或其 otpauth:// 链接。</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="189"/>
        <source>Nothing new in this picture: its accounts are already in the list.</source>
        <translation>此图片中没有新内容：其中的账户已在列表中。</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="212"/>
        <source>All %1 codes of the Google Authenticator export read.</source>
        <translation>已读取 Google 身份验证器导出的全部 %1 个二维码。</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="218"/>
        <source>%1 of %2 codes of the Google Authenticator export read; still missing: %3.</source>
        <translation>已读取 Google 身份验证器导出的 %2 个二维码中的 %1 个；仍缺少：%3。</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="230"/>
        <source>Left out %1: %2.</source>
        <translation>已略过 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="244"/>
        <source>Choose at least one account to add.</source>
        <translation>请至少选择一个要添加的账户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/add/scan_controller.cpp" line="256"/>
        <source>Added %n account(s).</source>
        <translation>
            <numerusform>已添加 %n 个账户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ScanResultModel</name>
    <message>
        <location filename="../../qml/add/scan_result_model.cpp" line="14"/>
        <source>TOTP · %1 digits · %2 s · %3</source>
        <translation>TOTP · %1 位 · %2 秒 · %3</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_result_model.cpp" line="16"/>
        <source>HOTP · %1 digits · counter %2 · %3</source>
        <translation>HOTP · %1 位 · 计数 %2 · %3</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_result_model.cpp" line="18"/>
        <source>Steam Guard</source>
        <translation>Steam 令牌</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ScreenGrabber</name>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="58"/>
        <source>no direct access and no desktop portal</source>
        <translation>没有直接访问权限，也没有桌面门户</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="77"/>
        <source>no screenshot portal: %1</source>
        <translation>没有截图门户：%1</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/other/screen_grabber_portal_other.cpp" line="8"/>
        <source>the system refused it; allow screen recording for Tessera in the privacy settings</source>
        <translation>系统拒绝了请求；请在隐私设置中允许 Tessera 录制屏幕</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::SyncController</name>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="51"/>
        <source>No more copies go to a second folder.</source>
        <translation>不再向第二个文件夹保存副本。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="52"/>
        <source>After each change an encrypted copy of the vault also goes to %1.</source>
        <translation>每次更改后，保险库的加密副本也会保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="69"/>
        <source>Type the password this copy was saved with.</source>
        <translation>输入保存此副本时使用的密码。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="78"/>
        <source>Merged %1: nothing new in it.</source>
        <translation>已合并 %1：其中没有新内容。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="89"/>
        <source>This backup was saved under another password; restore it with &apos;tessera-cli restore --copy-password-file&apos;.</source>
        <translation>此备份使用另一个密码保存；请用 &apos;tessera-cli restore --copy-password-file&apos; 恢复。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="93"/>
        <source>Restored %1: %2 account(s) back or added, %3 changed, %4 removed. The vault as it was is in the backups.</source>
        <translation>已恢复 %1：%2 个账户恢复或添加，%3 个更改，%4 个删除。原来的保险库保存在备份中。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="117"/>
        <source>The vault is now in %1.</source>
        <translation>保险库现在位于 %1。</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::TimeController</name>
    <message>
        <location filename="../../qml/time/time_controller.cpp" line="147"/>
        <source>No time server answered, so the clock is unchecked. Codes may be refused if this computer&apos;s clock is off.</source>
        <translation>没有时间服务器响应，因此时钟未经检查。如果这台电脑的时钟有偏差，验证码可能会被拒绝。</translation>
    </message>
    <message>
        <location filename="../../qml/time/time_controller.cpp" line="150"/>
        <source>This computer&apos;s clock changed since the last check; check it again so codes stay right.</source>
        <translation>自上次检查后这台电脑的时钟发生了变化；请重新检查，以保证验证码正确。</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::TrayIcon</name>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="17"/>
        <source>Show or hide Tessera</source>
        <translation>显示或隐藏 Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="18"/>
        <source>Quick picker…</source>
        <translation>快速选择器…</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="19"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="21"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="55"/>
        <source>Copy the code for %1</source>
        <translation>复制 %1 的验证码</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::VaultController</name>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="34"/>
        <source>The vault file was changed by another program and cannot be used now: %1 Until it can, Tessera shows the accounts it had and saves nothing.</source>
        <translation>保险库文件已被其他程序更改，目前无法使用：%1 在此期间，Tessera 显示原有的账户且不保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="43"/>
        <source>A copy a sync tool left beside the vault could not be merged: %1</source>
        <translation>无法合并同步工具留在保险库旁边的副本：%1</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="46"/>
        <source>The vault&apos;s password was changed on another computer. Unlock it with the new password; nothing was saved over that change.</source>
        <translation>保险库的密码已在另一台电脑上更改。请用新密码解锁；没有任何内容覆盖该更改。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="50"/>
        <source>This vault file lacks changes this computer saw before: an older copy was put in its place (a backup, or a sync that has not finished). Changes made here are merged with it; to go back on purpose, restore a backup in Settings.</source>
        <translation>此保险库文件缺少本电脑以前见过的更改：有一个较旧的副本被放在了它的位置（备份，或尚未完成的同步）。在这里所做的更改会与它合并；如需有意回退，请在设置中恢复备份。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="108"/>
        <source>Choose a password you do not use anywhere else.</source>
        <translation>请选择一个你在其他地方都不用的密码。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="110"/>
        <source>Too easy to guess (about %1 bits; at least 40 are needed). %2</source>
        <translation>太容易被猜到（约 %1 比特；至少需要 40）。%2</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="112"/>
        <source>Weak (about %1 bits; 65 or more is good). %2</source>
        <translation>较弱（约 %1 比特；65 以上为好）。%2</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="114"/>
        <source>Strong (about %1 bits).</source>
        <translation>强（约 %1 比特）。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="114"/>
        <source>Good (about %1 bits).</source>
        <translation>良好（约 %1 比特）。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="158"/>
        <source>Type the vault password.</source>
        <translation>请输入保险库密码。</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="249"/>
        <source>Password changed; the vault has a new key.</source>
        <translation>密码已更改；保险库已使用新密钥。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="252"/>
        <source>%n backup(s) re-encrypted with it.</source>
        <translation>
            <numerusform>已用它重新加密 %n 个备份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="254"/>
        <source>%n backup(s) that could not be re-encrypted were removed.</source>
        <translation>
            <numerusform>已移除 %n 个无法重新加密的备份。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="256"/>
        <source>These copies still open with the old password; delete them: %1</source>
        <translation>这些副本仍可用旧密码打开；请删除它们：%1</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="259"/>
        <source>Unlocking with the keychain is now off: %1</source>
        <translation>使用密钥环解锁现已关闭：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="280"/>
        <source>%n account(s) added</source>
        <translation>
            <numerusform>添加了 %n 个账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="282"/>
        <source>%n account(s) changed</source>
        <translation>
            <numerusform>更改了 %n 个账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="282"/>
        <source>%n changed</source>
        <translation>
            <numerusform>更改了 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="284"/>
        <source>%n account(s) removed</source>
        <translation>
            <numerusform>删除了 %n 个账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="284"/>
        <source>%n removed</source>
        <translation>
            <numerusform>删除了 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="288"/>
        <source>%1 and %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="289"/>
        <source>%1 on another computer.</source>
        <translation>在另一台电脑上%1。</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::VaultSession</name>
    <message>
        <source>A copy a sync tool left beside the vault could not be merged: %1</source>
        <translation type="vanished">无法合并同步工具留在保险库旁边的副本：%1</translation>
    </message>
</context>
</TS>
