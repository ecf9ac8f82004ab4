<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountChooser</name>
    <message>
        <location filename="../../qml/transfer/AccountChooser.qml" line="16"/>
        <source>All accounts</source>
        <translation>Все учётные записи</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/AccountChooser.qml" line="17"/>
        <source>Choose accounts</source>
        <translation>Выберите учётные записи</translation>
    </message>
</context>
<context>
    <name>AccountDelegate</name>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="66"/>
        <source>%1, %2, counter-based code, activate for the next code</source>
        <translation>%1, %2, код по счётчику, активируйте для следующего кода</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/AccountDelegate.qml" line="67"/>
        <source>%1, %2, code %3, %n second(s) left</source>
        <translation>
            <numerusform>%1, %2, код %3, осталась %n секунда</numerusform>
            <numerusform>%1, %2, код %3, осталось %n секунды</numerusform>
            <numerusform>%1, %2, код %3, осталось %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="68"/>
        <source>Press Enter to copy the code, the menu key for more</source>
        <translation>Нажмите Enter, чтобы скопировать код, клавишу меню — для других действий</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="91"/>
        <source>Drag to move %1</source>
        <translation>Перетащите, чтобы переместить %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="209"/>
        <source>next %1</source>
        <translation>следующий %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="242"/>
        <source>Next code</source>
        <translation>Следующий код</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="251"/>
        <source>More for %1</source>
        <translation>Ещё для %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="169"/>
        <source>Favourite</source>
        <translation>Избранное</translation>
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
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="47"/>
        <source>Remove from favourites</source>
        <translation>Убрать из избранного</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="47"/>
        <source>Add to favourites</source>
        <translation>Добавить в избранное</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="68"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="69"/>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="72"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="82"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="84"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="85"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="86"/>
        <source>Icon</source>
        <translation>Значок</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="98"/>
        <source>Change icon…</source>
        <translation>Сменить значок…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="99"/>
        <source>Choose a service&apos;s icon, a picture or the first letter</source>
        <translation>Выберите значок сервиса, картинку или первую букву</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="106"/>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="114"/>
        <source>Counter-based (HOTP), %1, %2 digits, next counter %3</source>
        <translation>По счётчику (HOTP), %1, цифр: %2, следующий счётчик %3</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="115"/>
        <source>Steam Guard, every %1 s</source>
        <translation>Steam Guard, каждые %1 с</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="116"/>
        <source>Time-based (TOTP), %1, %2 digits, every %3 s</source>
        <translation>По времени (TOTP), %1, цифр: %2, каждые %3 с</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="122"/>
        <source>Added %1 · changed %2</source>
        <translation>Добавлено %1 · изменено %2</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="134"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="155"/>
        <source>Secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="137"/>
        <source>Anyone who sees the key can make your codes. Show it only to move the account to another device.</source>
        <translation>Любой, кто увидит ключ, сможет получать ваши коды. Показывайте его только для переноса учётной записи на другое устройство.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="143"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="143"/>
        <source>Show secret key…</source>
        <translation>Показать секретный ключ…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="162"/>
        <source>Show QR code for a phone…</source>
        <translation>Показать QR-код для телефона…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="162"/>
        <source>Hide QR code</source>
        <translation>Скрыть QR-код</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="167"/>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="180"/>
        <source>QR code of this account</source>
        <translation>QR-код этой учётной записи</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="190"/>
        <source>Recovery codes</source>
        <translation>Коды восстановления</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="193"/>
        <source>Services such as MyKerio or Gcore give one-time backup codes for when the authenticator is lost. Keep them here.</source>
        <translation>Сервисы вроде MyKerio или Gcore выдают одноразовые резервные коды на случай потери аутентификатора. Храните их здесь.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="194"/>
        <source>%1 of %2 unused</source>
        <translation>%1 из %2 не использованы</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="201"/>
        <source>Copy the next unused code</source>
        <translation>Скопировать следующий неиспользованный код</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="207"/>
        <source>Hide recovery codes</source>
        <translation>Скрыть коды восстановления</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="207"/>
        <source>Show recovery codes</source>
        <translation>Показать коды восстановления</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="228"/>
        <source>used %1</source>
        <translation>использован %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="236"/>
        <source>Paste new codes, one per line</source>
        <translation>Вставьте новые коды, по одному в строке</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="239"/>
        <source>New recovery codes</source>
        <translation>Новые коды восстановления</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="245"/>
        <source>They replace the old set</source>
        <translation>Они заменят старый набор</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="250"/>
        <source>Save codes</source>
        <translation>Сохранить коды</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="256"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="293"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="258"/>
        <source>Delete this account…</source>
        <translation>Удалить эту учётную запись…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="270"/>
        <source>Show the secret key?</source>
        <translation>Показать секретный ключ?</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="271"/>
        <source>Make sure nobody can see your screen, and that it is not being shared or recorded.</source>
        <translation>Убедитесь, что никто не видит ваш экран и что он не транслируется и не записывается.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="272"/>
        <source>Show key</source>
        <translation>Показать ключ</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="278"/>
        <source>Show the QR code?</source>
        <translation>Показать QR-код?</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="279"/>
        <source>The code holds the secret key: anyone who sees or photographs it can make your codes. Make sure nobody can see your screen, and that it is not being shared or recorded.</source>
        <translation>Код содержит секретный ключ: любой, кто его увидит или сфотографирует, сможет получать ваши коды. Убедитесь, что никто не видит ваш экран и что он не транслируется и не записывается.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="280"/>
        <source>Show QR code</source>
        <translation>Показать QR-код</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="285"/>
        <source>Save the QR code in</source>
        <translation>Сохранить QR-код в</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="291"/>
        <source>Delete %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="292"/>
        <source>Turn off two-factor sign-in at the service first, or keep another device with this account: without it you may not be able to sign in.</source>
        <translation>Сначала отключите двухфакторный вход в сервисе или сохраните эту учётную запись на другом устройстве: без неё вы можете не войти.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="300"/>
        <source>Save your changes?</source>
        <translation>Сохранить изменения?</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="301"/>
        <source>You changed this account&apos;s details but have not saved them.</source>
        <translation>Вы изменили данные этой учётной записи, но не сохранили их.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="302"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="303"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
</context>
<context>
    <name>AccountSitesSection</name>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="30"/>
        <source>Websites</source>
        <translation>Сайты</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="32"/>
        <source>The websites where this account signs in (github.com also covers gist.github.com).</source>
        <translation>Сайты, на которых входит эта учётная запись (github.com охватывает и gist.github.com).</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="51"/>
        <source>Remove %1</source>
        <translation>Убрать %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="61"/>
        <source>Add a website, such as github.com</source>
        <translation>Добавить сайт, например github.com</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="62"/>
        <source>New website</source>
        <translation>Новый сайт</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="70"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="12"/>
        <location filename="../../qml/accounts/AccountsPage.qml" line="191"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="34"/>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="35"/>
        <source>Search accounts</source>
        <translation>Поиск учётных записей</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="49"/>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="51"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="58"/>
        <source>Sort</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="63"/>
        <source>Add account (Ctrl+N)</source>
        <translation>Добавить учётную запись (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="68"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="75"/>
        <source>Main menu (F10)</source>
        <translation>Главное меню (F10)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="120"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="141"/>
        <source>%1 came from another computer under another password. Merge it to keep what was changed there.</source>
        <translation>%1 пришёл с другого компьютера с другим паролем. Объедините его, чтобы сохранить сделанные там изменения.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="151"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="254"/>
        <source>My order (drag to arrange)</source>
        <translation>Мой порядок (перетаскивайте)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="255"/>
        <source>By issuer</source>
        <translation>По сервису</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="256"/>
        <source>Most used</source>
        <translation>Часто используемые</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="259"/>
        <source>Favourites first</source>
        <translation>Сначала избранное</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="265"/>
        <source>Compact list</source>
        <translation>Компактный список</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="275"/>
        <location filename="../../qml/accounts/AccountsPage.qml" line="347"/>
        <source>Scan a QR code…</source>
        <translation>Сканировать QR-код…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="276"/>
        <source>Export to a phone…</source>
        <translation>Экспорт на телефон…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="278"/>
        <source>Import from another app…</source>
        <translation>Импорт из другого приложения…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="279"/>
        <source>Back up or export to a file…</source>
        <translation>Резервная копия или экспорт в файл…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="281"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="282"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="283"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="293"/>
        <source>Copy code</source>
        <translation>Копировать код</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="293"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="294"/>
        <source>Details and recovery codes…</source>
        <translation>Подробности и коды восстановления…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="296"/>
        <source>Remove from favourites</source>
        <translation>Убрать из избранного</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="296"/>
        <source>Add to favourites</source>
        <translation>Добавить в избранное</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="301"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="306"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="311"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="311"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="327"/>
        <source>No accounts yet</source>
        <translation>Учётных записей пока нет</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="327"/>
        <source>Nothing matches “%1”</source>
        <translation>Ничего не найдено по запросу «%1»</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="337"/>
        <source>When a service such as Gcore, Kaspersky or Google turns on two-factor sign-in, it shows a QR code and a key like “JBSW Y3DP EHPK 3PXP”. Add it here with the key or the otpauth:// link, and Tessera shows the six-digit code to type.</source>
        <translation>Когда сервис вроде Gcore, Kaspersky или Google включает двухфакторный вход, он показывает QR-код и ключ вида «JBSW Y3DP EHPK 3PXP». Добавьте его здесь по ключу или ссылке otpauth://, и Tessera покажет шестизначный код для ввода.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="348"/>
        <source>Add your first account</source>
        <translation>Добавьте первую учётную запись</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="355"/>
        <source>Merge a copy from another computer</source>
        <translation>Объединить копию с другого компьютера</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="356"/>
        <source>Type the password %1 was saved with (the vault keeps its own password).</source>
        <translation>Введите пароль, с которым был сохранён %1 (хранилище сохранит свой собственный пароль).</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="358"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="364"/>
        <source>The copy&apos;s password</source>
        <translation>Пароль копии</translation>
    </message>
</context>
<context>
    <name>AddAccountPage</name>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="12"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="170"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="225"/>
        <source>Add account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="46"/>
        <source>Scan a QR code instead…</source>
        <translation>Лучше отсканировать QR-код…</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="55"/>
        <source>Enter a key</source>
        <translation>Ввести ключ</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="56"/>
        <source>Paste a link</source>
        <translation>Вставить ссылку</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="70"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="77"/>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="74"/>
        <source>e.g. Gcore</source>
        <translation>напр. Gcore</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="80"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="86"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="84"/>
        <source>e.g. you@example.com</source>
        <translation>напр. you@example.com</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="89"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="97"/>
        <source>Secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="93"/>
        <source>e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>напр. JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="104"/>
        <source>Spaces, hyphens and lower case are fine.</source>
        <translation>Пробелы, дефисы и строчные буквы допустимы.</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="112"/>
        <source>Advanced: type, algorithm, digits, period</source>
        <translation>Дополнительно: тип, алгоритм, цифры, период</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="119"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="124"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="122"/>
        <source>Time-based (TOTP)</source>
        <translation>По времени (TOTP)</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="122"/>
        <source>Counter-based (HOTP)</source>
        <translation>По счётчику (HOTP)</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="122"/>
        <source>Steam Guard</source>
        <translation>Steam Guard</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="126"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="132"/>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="134"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="139"/>
        <source>Digits</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="141"/>
        <source>Period (seconds)</source>
        <translation>Период (секунды)</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="147"/>
        <source>Period in seconds</source>
        <translation>Период в секундах</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="149"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="156"/>
        <source>Counter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="187"/>
        <source>Paste the otpauth:// link that the service offers, for example under “Can&apos;t scan the code?”.</source>
        <translation>Вставьте ссылку otpauth://, которую предлагает сервис, например под «Не удаётся отсканировать код?».</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="199"/>
        <source>otpauth link</source>
        <translation>Ссылка otpauth</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="209"/>
        <source>%1 · %2 · %3, %4 digits</source>
        <translation>%1 · %2 · %3, цифр: %4</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="209"/>
        <source>(no service)</source>
        <translation>(без сервиса)</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="209"/>
        <source>(no account)</source>
        <translation>(без учётной записи)</translation>
    </message>
</context>
<context>
    <name>AppAnswers</name>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="118"/>
        <location filename="../../core/session/app_answers.cpp" line="150"/>
        <source>the list of your accounts (names only, no codes)</source>
        <translation>список ваших учётных записей (только имена, без кодов)</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="125"/>
        <source>the code for %1</source>
        <translation>код для %1</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="127"/>
        <source>the recovery codes of %1</source>
        <translation>коды восстановления %1</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="129"/>
        <source>a recovery code of %1 (it will be marked used)</source>
        <translation>код восстановления %1 (он будет отмечен как использованный)</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="143"/>
        <source>the code for “%1”</source>
        <translation>код для «%1»</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="145"/>
        <source>the recovery codes for “%1”</source>
        <translation>коды восстановления для «%1»</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="147"/>
        <source>a recovery code for “%1” (it will be marked used)</source>
        <translation>код восстановления для «%1» (он будет отмечен как использованный)</translation>
    </message>
</context>
<context>
    <name>AutoType</name>
    <message>
        <location filename="../../qml/desktop/linux/auto_type_linux.cpp" line="17"/>
        <source>This desktop does not let apps type into other windows.</source>
        <translation>Эта среда рабочего стола не позволяет приложениям печатать в другие окна.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/other/auto_type_other.cpp" line="10"/>
        <source>Tessera cannot type into other windows here.</source>
        <translation>Здесь Tessera не может печатать в другие окна.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/auto_type_x11.cpp" line="44"/>
        <source>The X server does not let apps type (it has no XTEST extension).</source>
        <translation>X-сервер не позволяет приложениям печатать (нет расширения XTEST).</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/macos/auto_type_macos.cpp" line="62"/>
        <source>macOS lets Tessera type only with the Accessibility permission: System Settings → Privacy &amp; Security → Accessibility → Tessera.</source>
        <translation>macOS позволяет Tessera печатать только с разрешением «Универсальный доступ»: Системные настройки → Конфиденциальность и безопасность → Универсальный доступ → Tessera.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="16"/>
        <source>Back up or export to a file</source>
        <translation>Резервная копия или экспорт в файл</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="65"/>
        <source>Tessera backup</source>
        <translation>Резервная копия Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="66"/>
        <source>Everything, encrypted with a password of its own: groups, notes and recovery codes too.</source>
        <translation>Всё, зашифрованное собственным паролем: включая группы, заметки и коды восстановления.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="71"/>
        <source>Aegis (encrypted)</source>
        <translation>Aegis (зашифрованный)</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="72"/>
        <source>For Aegis on Android and every app that imports Aegis files.</source>
        <translation>Для Aegis на Android и любых приложений, импортирующих файлы Aegis.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="77"/>
        <source>Aegis (not encrypted)</source>
        <translation>Aegis (незашифрованный)</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="78"/>
        <source>For apps that cannot open an encrypted Aegis file.</source>
        <translation>Для приложений, которые не открывают зашифрованный файл Aegis.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="83"/>
        <source>otpauth:// links</source>
        <translation>Ссылки otpauth://</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="84"/>
        <source>One link per line; 2FAS, Ente, FreeOTP+, WinAuth and most apps read it.</source>
        <translation>По одной ссылке в строке; читают 2FAS, Ente, FreeOTP+, WinAuth и большинство приложений.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="89"/>
        <source>Printable sheet of recovery codes</source>
        <translation>Лист кодов восстановления для печати</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="90"/>
        <source>The services&apos; backup codes, to print and keep in a drawer.</source>
        <translation>Резервные коды сервисов — распечатать и убрать в ящик стола.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="93"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="99"/>
        <source>This file will hold your secrets unencrypted: anyone who gets it can sign in as you. Save it only where nobody else can read it, and delete it once it has been imported or printed.</source>
        <translation>Этот файл будет содержать ваши секреты без шифрования: любой, кто его получит, сможет войти от вашего имени. Сохраняйте его только там, где никто другой не может его прочитать, и удалите после импорта или печати.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="109"/>
        <source>I understand</source>
        <translation>Я понимаю</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="115"/>
        <source>Password for the file</source>
        <translation>Пароль для файла</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="124"/>
        <source>The password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="131"/>
        <source>You will need this password to import the file; Tessera cannot recover it.</source>
        <translation>Этот пароль понадобится для импорта файла; Tessera не сможет его восстановить.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="141"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="152"/>
        <source>Open the sheet to print it</source>
        <translation>Открыть лист для печати</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="169"/>
        <source>Save the export</source>
        <translation>Сохранить экспорт</translation>
    </message>
</context>
<context>
    <name>BrowserIntegrationSection</name>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="13"/>
        <source>Browser integration</source>
        <translation>Интеграция с браузером</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="15"/>
        <source>Tessera can fill sign-in codes in Chromium, Google Chrome, Microsoft Edge, Brave, Vivaldi and Firefox: connect your browsers here, then add the Tessera extension to them. Each browser is asked about once here, and each website once.</source>
        <translation>Tessera может подставлять коды входа в Chromium, Google Chrome, Microsoft Edge, Brave, Vivaldi и Firefox: подключите здесь свои браузеры, затем добавьте в них расширение Tessera. О каждом браузере спрашивается один раз здесь, о каждом сайте — тоже один раз.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="43"/>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="44"/>
        <source>Connect %1</source>
        <translation>Подключить %1</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="51"/>
        <source>Disconnect</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="52"/>
        <source>Disconnect %1</source>
        <translation>Отключить %1</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="60"/>
        <source>No browser was found on this computer. Start your browser once, then look here again.</source>
        <translation>На этом компьютере не найден ни один браузер. Запустите браузер один раз, затем загляните сюда снова.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="67"/>
        <source>The extension comes from your browser&apos;s add-on store, or loads unpacked (developer mode) from:</source>
        <translation>Расширение устанавливается из магазина дополнений браузера или загружается в распакованном виде (режим разработчика) из папки:</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="68"/>
        <source>The extension comes from your browser&apos;s add-on store.</source>
        <translation>Расширение устанавливается из магазина дополнений браузера.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="86"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="91"/>
        <source>Look for browsers again</source>
        <translation>Снова найти браузеры</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="105"/>
        <source>Browsers allowed to ask for codes</source>
        <translation>Браузеры, которым разрешено запрашивать коды</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="115"/>
        <source>%1, allowed on %2</source>
        <translation>%1, разрешён %2</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="122"/>
        <source>Forget</source>
        <translation>Забыть</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="123"/>
        <source>Forget %1</source>
        <translation>Забыть %1</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="130"/>
        <source>Websites</source>
        <translation>Сайты</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="140"/>
        <source>%1: filled</source>
        <translation>%1: подставляется</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="140"/>
        <source>%1: never filled</source>
        <translation>%1: никогда не подставляется</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="147"/>
        <source>Ask again</source>
        <translation>Спросить снова</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="148"/>
        <source>Ask again about %1</source>
        <translation>Снова спрашивать о %1</translation>
    </message>
</context>
<context>
    <name>BrowserPrompt</name>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="14"/>
        <source>Tessera — allow a browser?</source>
        <translation>Tessera — разрешить браузер?</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="14"/>
        <source>Tessera — fill a code?</source>
        <translation>Tessera — подставить код?</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="58"/>
        <source>The Tessera extension in this browser asks to be paired. Once allowed, it can ask for the codes of the websites you answer Always or Once for. If you did not just ask for a code in your browser, choose Deny.</source>
        <translation>Расширение Tessera в этом браузере просит о сопряжении. После разрешения оно сможет запрашивать коды для сайтов, для которых вы ответите «Всегда» или «Один раз». Если вы только что не запрашивали код в браузере, выберите «Запретить».</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="61"/>
        <source>The page asks for a code. Always fills it on this site from now on (on every computer with this vault); Never stops asking.</source>
        <translation>Страница запрашивает код. «Всегда» — подставлять его на этом сайте отныне (на каждом компьютере с этим хранилищем); «Никогда» — больше не спрашивать.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="73"/>
        <source>Allow</source>
        <translation>Разрешить</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="80"/>
        <source>Always</source>
        <translation>Всегда</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="86"/>
        <source>Once</source>
        <translation>Один раз</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="93"/>
        <source>Deny</source>
        <translation>Запретить</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="93"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
</context>
<context>
    <name>CliAccessSection</name>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="14"/>
        <location filename="../../qml/requests/CliAccessSection.qml" line="20"/>
        <source>Let tessera-cli use the unlocked app</source>
        <translation>Разрешить tessera-cli использовать разблокированное приложение</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="21"/>
        <source>Ask each time</source>
        <translation>Спрашивать каждый раз</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="21"/>
        <source>While unlocked</source>
        <translation>Пока разблокировано</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="21"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="28"/>
        <source>tessera-cli asks for the password and opens the vault file itself.</source>
        <translation>tessera-cli запрашивает пароль и сам открывает файл хранилища.</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="29"/>
        <source>While Tessera is unlocked, tessera-cli gets codes from it without the password. Only your own programs can ask; nothing can be added, changed or exported this way.</source>
        <translation>Пока Tessera разблокирована, tessera-cli получает из неё коды без пароля. Запрашивать могут только ваши собственные программы; так ничего нельзя добавить, изменить или экспортировать.</translation>
    </message>
</context>
<context>
    <name>ClockChip</name>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="23"/>
        <source>Clock: %1</source>
        <translation>Часы: %1</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="74"/>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="100"/>
        <source>Correct codes</source>
        <translation>Исправлять коды</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="106"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="106"/>
        <source>Check now</source>
        <translation>Проверить сейчас</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <location filename="../../qml/time/ClockWarning.qml" line="45"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockWarning.qml" line="50"/>
        <source>Correct codes</source>
        <translation>Исправлять коды</translation>
    </message>
</context>
<context>
    <name>DesktopSearch</name>
    <message>
        <location filename="../../qml/desktop/linux/desktop_search_linux.cpp" line="138"/>
        <source>Copy the code</source>
        <translation>Скопировать код</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="15"/>
        <source>Export to a phone</source>
        <translation>Экспорт на телефон</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="41"/>
        <source>The codes hold the secret keys of your accounts: anyone who sees or photographs them can copy your accounts. Make sure nobody is watching and the screen is not shared or recorded.</source>
        <translation>Коды содержат секретные ключи ваших учётных записей: любой, кто их увидит или сфотографирует, сможет скопировать ваши учётные записи. Убедитесь, что никто не смотрит и экран не транслируется и не записывается.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="47"/>
        <source>On the phone, open Google Authenticator → Transfer accounts → Import accounts, then scan each code.</source>
        <translation>На телефоне откройте Google Authenticator → Перенос аккаунтов → Импорт аккаунтов и отсканируйте каждый код.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/ExportPage.qml" line="60"/>
        <source>Show the codes for %n account(s)</source>
        <translation>
            <numerusform>Показать коды для %n учётной записи</numerusform>
            <numerusform>Показать коды для %n учётных записей</numerusform>
            <numerusform>Показать коды для %n учётных записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="60"/>
        <source>Show the codes for all accounts</source>
        <translation>Показать коды для всех учётных записей</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="78"/>
        <source>Transfer code %1</source>
        <translation>Код переноса %1</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="91"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="92"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="93"/>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="116"/>
        <source>Save the codes in</source>
        <translation>Сохранить коды в</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="11"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="37"/>
        <source>Welcome to Tessera</source>
        <translation>Добро пожаловать в Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="43"/>
        <source>Your sign-in codes are kept in an encrypted vault on this computer. Choose a password for it — there is no way to recover the vault without it.</source>
        <translation>Ваши коды входа хранятся в зашифрованном хранилище на этом компьютере. Выберите для него пароль — без него восстановить хранилище невозможно.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="50"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="52"/>
        <source>New vault password</source>
        <translation>Новый пароль хранилища</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="64"/>
        <source>Password strength</source>
        <translation>Надёжность пароля</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="81"/>
        <location filename="../../qml/vault/FirstRunPage.qml" line="83"/>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="89"/>
        <source>Also unlock with the system keychain</source>
        <translation>Также разблокировать через системную связку ключей</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="95"/>
        <source>Check this computer&apos;s clock against time servers</source>
        <translation>Сверять часы этого компьютера с серверами времени</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="101"/>
        <source>Services accept a code only when the clock is right to within about a minute. Tessera asks public time servers (pool.ntp.org and others) at start and corrects its codes if this clock is off; nothing about your accounts is sent.</source>
        <translation>Сервисы принимают код, только если часы верны примерно до минуты. Tessera при запуске опрашивает публичные серверы времени (pool.ntp.org и другие) и исправляет коды, если часы спешат или отстают; ничего о ваших учётных записях не передаётся.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="122"/>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="122"/>
        <source>Create vault and import</source>
        <translation>Создать хранилище и импортировать</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="135"/>
        <source>Open a vault from another computer…</source>
        <translation>Открыть хранилище с другого компьютера…</translation>
    </message>
    <message>
        <source>Open an existing vault…</source>
        <translation type="vanished">Открыть существующее хранилище…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="140"/>
        <source>Start by importing…</source>
        <translation>Начать с импорта…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="147"/>
        <source>After creating the vault, Tessera opens the file to import.</source>
        <translation>После создания хранилища Tessera откроет файл для импорта.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="152"/>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="163"/>
        <source>Open a Tessera vault</source>
        <translation>Открыть хранилище Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="164"/>
        <source>Tessera vaults (*.tessera)</source>
        <translation>Хранилища Tessera (*.tessera)</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="164"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="169"/>
        <source>Import another authenticator&apos;s export</source>
        <translation>Импортировать экспорт другого аутентификатора</translation>
    </message>
</context>
<context>
    <name>FoundAccountRow</name>
    <message>
        <location filename="../../qml/add/FoundAccountRow.qml" line="22"/>
        <source>Add %1</source>
        <translation>Добавить %1</translation>
    </message>
    <message>
        <location filename="../../qml/add/FoundAccountRow.qml" line="33"/>
        <source>already in Tessera</source>
        <translation>уже есть в Tessera</translation>
    </message>
</context>
<context>
    <name>GlobalShortcut</name>
    <message>
        <location filename="../../qml/desktop/global_shortcut.cpp" line="17"/>
        <source>This desktop does not let apps set shortcuts. To open the quick picker with %1, add a shortcut for the command “tessera --quick” in the desktop&apos;s keyboard settings.</source>
        <translation>Эта среда рабочего стола не позволяет приложениям задавать сочетания клавиш. Чтобы открывать быстрый выбор по %1, добавьте сочетание для команды «tessera --quick» в настройках клавиатуры среды.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="99"/>
        <source>The desktop did not open a shortcut session for Tessera.</source>
        <translation>Среда рабочего стола не открыла для Tessera сеанс сочетаний клавиш.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="109"/>
        <source>Open Tessera&apos;s quick picker</source>
        <translation>Открыть быстрый выбор Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="119"/>
        <source>The desktop did not grant the shortcut %1.</source>
        <translation>Среда рабочего стола не предоставила сочетание %1.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="135"/>
        <source>The desktop&apos;s shortcut portal failed: %1</source>
        <translation>Портал сочетаний клавиш среды рабочего стола дал сбой: %1</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="48"/>
        <location filename="../../qml/desktop/macos/global_shortcut_macos.cpp" line="80"/>
        <location filename="../../qml/desktop/windows/global_shortcut_windows.cpp" line="70"/>
        <source>%1 cannot be a global shortcut: use a letter, digit or function key with modifiers.</source>
        <translation>%1 не может быть глобальным сочетанием: используйте букву, цифру или функциональную клавишу с модификаторами.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="52"/>
        <source>%1 alone would stop the key from working everywhere else: add Ctrl, Alt or Super.</source>
        <translation>%1 без модификаторов перестанет работать во всех остальных программах: добавьте Ctrl, Alt или Super.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="57"/>
        <source>The keyboard layout in use has no key for %1.</source>
        <translation>В текущей раскладке клавиатуры нет клавиши для %1.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="67"/>
        <location filename="../../qml/desktop/macos/global_shortcut_macos.cpp" line="98"/>
        <location filename="../../qml/desktop/windows/global_shortcut_windows.cpp" line="84"/>
        <source>Another program already uses %1. Choose other keys.</source>
        <translation>%1 уже использует другая программа. Выберите другие клавиши.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="68"/>
        <source>The X server refused the shortcut %1.</source>
        <translation>X-сервер отклонил сочетание %1.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/macos/global_shortcut_macos.cpp" line="99"/>
        <source>macOS refused the shortcut %1.</source>
        <translation>macOS отклонила сочетание %1.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/windows/global_shortcut_windows.cpp" line="85"/>
        <source>Windows refused the shortcut %1.</source>
        <translation>Windows отклонила сочетание %1.</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../qml/components/HeaderBar.qml" line="29"/>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
</context>
<context>
    <name>IconChooser</name>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="19"/>
        <source>Icon for %1</source>
        <translation>Значок для %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="19"/>
        <source>this account</source>
        <translation>этой учётной записи</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="20"/>
        <source>Use this icon</source>
        <translation>Использовать этот значок</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="37"/>
        <location filename="../../qml/accounts/IconChooser.qml" line="38"/>
        <source>Search icons by service</source>
        <translation>Искать значки по сервису</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="53"/>
        <source>Service icons</source>
        <translation>Значки сервисов</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="102"/>
        <source>No service&apos;s icon matches “%1”.</source>
        <translation>Нет значка сервиса, подходящего под «%1».</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="111"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="118"/>
        <source>First letter</source>
        <translation>Первая буква</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="125"/>
        <source>Picture file…</source>
        <translation>Файл картинки…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="141"/>
        <source>Icons: your icon packs and Simple Icons (CC0). Brand icons are trademarks of their owners.</source>
        <translation>Значки: ваши наборы значков и Simple Icons (CC0). Значки брендов являются товарными знаками их владельцев.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="142"/>
        <source>Icons: Simple Icons (CC0). Brand icons are trademarks of their owners.</source>
        <translation>Значки: Simple Icons (CC0). Значки брендов являются товарными знаками их владельцев.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="151"/>
        <source>Choose a picture for the account&apos;s icon</source>
        <translation>Выберите картинку для значка учётной записи</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="152"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Картинки (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="152"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>IconPacksSection</name>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="13"/>
        <source>Service icons</source>
        <translation>Значки сервисов</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="15"/>
        <source>Accounts show their service&apos;s icon from Simple Icons. An Aegis icon pack (a ZIP file with pack.json) adds icons of its own to choose from.</source>
        <translation>Учётные записи показывают значок своего сервиса из Simple Icons. Набор значков Aegis (ZIP-файл с pack.json) добавляет свои значки для выбора.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/IconPacksSection.qml" line="26"/>
        <source>%1, version %2: %n icon(s)</source>
        <translation>
            <numerusform>%1, версия %2: %n значок</numerusform>
            <numerusform>%1, версия %2: %n значка</numerusform>
            <numerusform>%1, версия %2: %n значков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="34"/>
        <source>Remove the icon pack “%1”</source>
        <translation>Удалить набор значков «%1»</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="44"/>
        <source>Add an Aegis icon pack…</source>
        <translation>Добавить набор значков Aegis…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/IconPacksSection.qml" line="52"/>
        <source>Use pack icons for %n account(s)</source>
        <translation>
            <numerusform>Использовать значки набора для %n учётной записи</numerusform>
            <numerusform>Использовать значки набора для %n учётных записей</numerusform>
            <numerusform>Использовать значки набора для %n учётных записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="59"/>
        <source>Reading the icon pack…</source>
        <translation>Чтение набора значков…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="68"/>
        <source>Add an Aegis icon pack</source>
        <translation>Добавить набор значков Aegis</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="70"/>
        <source>Icon packs (*.zip)</source>
        <translation>Наборы значков (*.zip)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="70"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="12"/>
        <source>Import from another app</source>
        <translation>Импорт из другого приложения</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="52"/>
        <source>Export your accounts from the other app first, then open the file here or drop it on this window. Tessera recognises Aegis, 2FAS, andOTP, FreeOTP and FreeOTP+, Bitwarden, Ente Auth, Stratum (Authenticator Pro), OTPClient, Authy, LastPass, Proton Authenticator, TOTP Authenticator, Steam Guard, Duo, Google Authenticator transfer links, otpauth:// lists (WinAuth and others) and Tessera backups.</source>
        <translation>Сначала экспортируйте учётные записи из другого приложения, затем откройте файл здесь или перетащите его в это окно. Tessera распознаёт Aegis, 2FAS, andOTP, FreeOTP и FreeOTP+, Bitwarden, Ente Auth, Stratum (Authenticator Pro), OTPClient, Authy, LastPass, Proton Authenticator, TOTP Authenticator, Steam Guard, Duo, ссылки переноса Google Authenticator, списки otpauth:// (WinAuth и другие) и резервные копии Tessera.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="59"/>
        <source>Choose a file… (Ctrl+O)</source>
        <translation>Выбрать файл… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="69"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="71"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="77"/>
        <source>Recognise it (%1)</source>
        <translation>Определить (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="77"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="80"/>
        <source>Format of the file</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="90"/>
        <source>Password of the exported file</source>
        <translation>Пароль экспортированного файла</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="98"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="108"/>
        <source>Reading the file; an encrypted one can take a few seconds…</source>
        <translation>Чтение файла; зашифрованный может занять несколько секунд…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="111"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="127"/>
        <source>In the %1 file</source>
        <translation>В файле %1</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="132"/>
        <location filename="../../qml/transfer/ImportPage.qml" line="160"/>
        <source>Tessera already has this account.</source>
        <translation>Эта учётная запись уже есть в Tessera.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="132"/>
        <location filename="../../qml/transfer/ImportPage.qml" line="160"/>
        <source>Tessera already has all of these accounts.</source>
        <translation>Все эти учётные записи уже есть в Tessera.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="139"/>
        <source>Choose all</source>
        <translation>Выбрать все</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="140"/>
        <source>Choose none</source>
        <translation>Снять выбор</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="170"/>
        <source>Nothing new to add</source>
        <translation>Нечего добавить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/ImportPage.qml" line="170"/>
        <source>Add %n account(s)</source>
        <translation>
            <numerusform>Добавить %n учётную запись</numerusform>
            <numerusform>Добавить %n учётные записи</numerusform>
            <numerusform>Добавить %n учётных записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="175"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="183"/>
        <source>Open an export of another authenticator</source>
        <translation>Открыть экспорт другого аутентификатора</translation>
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
        <translation>Заблокировано — Tessera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Main.qml" line="91"/>
        <source>Added %n account(s)</source>
        <translation>
            <numerusform>Добавлена %n учётная запись</numerusform>
            <numerusform>Добавлены %n учётные записи</numerusform>
            <numerusform>Добавлено %n учётных записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="107"/>
        <source>Added %1</source>
        <translation>Добавлено: %1</translation>
    </message>
</context>
<context>
    <name>ModalDialog</name>
    <message>
        <location filename="../../qml/components/ModalDialog.qml" line="12"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/components/ModalDialog.qml" line="13"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../qml/components/PasswordField.qml" line="21"/>
        <source>Hide password</source>
        <translation>Скрыть пароль</translation>
    </message>
    <message>
        <location filename="../../qml/components/PasswordField.qml" line="21"/>
        <source>Show password</source>
        <translation>Показать пароль</translation>
    </message>
</context>
<context>
    <name>PinSection</name>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="14"/>
        <source>Quick unlock with a PIN: on until Tessera quits</source>
        <translation>Быстрая разблокировка PIN-кодом: включена до выхода из Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="15"/>
        <source>Quick unlock with a PIN</source>
        <translation>Быстрая разблокировка PIN-кодом</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="21"/>
        <source>Change PIN…</source>
        <translation>Изменить PIN…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="21"/>
        <source>Set a PIN…</source>
        <translation>Задать PIN…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="29"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="34"/>
        <source>After an automatic lock (idle time, screen lock) a PIN of 4 to 8 digits unlocks Tessera instead of the password. It is kept in memory only, for this run: locking by hand, quitting or three wrong PINs forget it.</source>
        <translation>После автоматической блокировки (бездействие, блокировка экрана) PIN из 4–8 цифр разблокирует Tessera вместо пароля. Он хранится только в памяти и только до выхода: блокировка вручную, выход или три неверных PIN стирают его.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="54"/>
        <source>Set a PIN</source>
        <translation>Задать PIN</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="55"/>
        <source>Set PIN</source>
        <translation>Задать PIN</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="62"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (от 4 до 8 цифр)</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="71"/>
        <source>The same PIN again</source>
        <translation>Тот же PIN ещё раз</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../qml/desktop/linux/autostart_xdg.cpp" line="81"/>
        <source>Start Tessera when you log in</source>
        <translation>Запускать Tessera при входе в систему</translation>
    </message>
</context>
<context>
    <name>QuickAccessSection</name>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="15"/>
        <source>Quick access</source>
        <translation>Быстрый доступ</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="18"/>
        <source>Press %1 anywhere to pick a code: type to search, Enter copies it, Shift+Enter types it into the window you were in.</source>
        <translation>Нажмите %1 где угодно, чтобы выбрать код: печатайте для поиска, Enter копирует код, Shift+Enter вводит его в окно, где вы были.</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="20"/>
        <source>The quick picker opens with a shortcut you choose, or with the command “tessera --quick”.</source>
        <translation>Быстрый выбор открывается выбранным вами сочетанием клавиш или командой «tessera --quick».</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="26"/>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="30"/>
        <source>Press the keys…</source>
        <translation>Нажмите клавиши…</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="31"/>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="33"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="32"/>
        <source>Shortcut for the quick picker: %1. Press to choose other keys</source>
        <translation>Сочетание для быстрого выбора: %1. Нажмите, чтобы выбрать другие клавиши</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="52"/>
        <source>Turn off</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="59"/>
        <source>Use %1</source>
        <translation>Использовать %1</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="75"/>
        <source>Shift+Enter copies the code here instead of typing it: %1</source>
        <translation>Здесь Shift+Enter копирует код, а не вводит его: %1</translation>
    </message>
</context>
<context>
    <name>QuickPicker</name>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="12"/>
        <source>Tessera quick picker</source>
        <translation>Быстрый выбор Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="82"/>
        <source>Unlock Tessera to pick a code</source>
        <translation>Разблокируйте Tessera, чтобы выбрать код</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="93"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="93"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="109"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="121"/>
        <source>Search accounts</source>
        <translation>Поиск учётных записей</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="145"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="155"/>
        <source>No accounts yet.</source>
        <translation>Учётных записей пока нет.</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="155"/>
        <source>No account matches “%1”.</source>
        <translation>Нет учётных записей, подходящих под «%1».</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="169"/>
        <source>Enter copies · Shift+Enter types it · Esc closes</source>
        <translation>Enter копирует · Shift+Enter вводит · Esc закрывает</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="170"/>
        <source>Enter copies · Esc closes</source>
        <translation>Enter копирует · Esc закрывает</translation>
    </message>
</context>
<context>
    <name>QuickPickerRow</name>
    <message>
        <location filename="../../qml/quick/QuickPickerRow.qml" line="28"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPickerRow.qml" line="29"/>
        <source>Press Enter to copy the code</source>
        <translation>Нажмите Enter, чтобы скопировать код</translation>
    </message>
</context>
<context>
    <name>RequestPrompt</name>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="15"/>
        <source>Tessera — allow tessera-cli?</source>
        <translation>Tessera — разрешить tessera-cli?</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="64"/>
        <source>Tessera is locked. Your PIN unlocks it and allows this request; if you did not just run tessera-cli, choose Deny.</source>
        <translation>Tessera заблокирована. PIN-код разблокирует её и разрешит этот запрос; если вы только что не запускали tessera-cli, выберите «Запретить».</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="66"/>
        <source>If you did not just run tessera-cli, choose Deny.</source>
        <translation>Если вы только что не запускали tessera-cli, выберите «Запретить».</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="75"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="90"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="101"/>
        <source>Unlock and allow once</source>
        <translation>Разблокировать и разрешить один раз</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="109"/>
        <source>Allow once</source>
        <translation>Разрешить один раз</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="115"/>
        <source>Allow for 10 minutes</source>
        <translation>Разрешить на 10 минут</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="122"/>
        <source>Deny</source>
        <translation>Запретить</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="15"/>
        <source>Scan a QR code</source>
        <translation>Сканировать QR-код</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="56"/>
        <source>Open a picture of the service&apos;s QR code, paste it, take it from the screen or hold it up to the camera. A Google Authenticator export works too — scan each of its codes. You can also drop pictures on this page.</source>
        <translation>Откройте картинку с QR-кодом сервиса, вставьте её, возьмите с экрана или поднесите к камере. Экспорт Google Authenticator тоже подходит — отсканируйте каждый его код. Картинки можно также перетащить на эту страницу.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="64"/>
        <source>Open picture…</source>
        <translation>Открыть картинку…</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="64"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="65"/>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="65"/>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="66"/>
        <source>From the screen</source>
        <translation>С экрана</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="69"/>
        <source>Stop camera</source>
        <translation>Выключить камеру</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="69"/>
        <location filename="../../qml/add/ScanPage.qml" line="84"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="110"/>
        <source>The camera could not be used: %1. Check that no other program uses it and that Tessera may access it.</source>
        <translation>Не удалось использовать камеру: %1. Проверьте, что её не занимает другая программа и что Tessera разрешён к ней доступ.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="111"/>
        <source>No camera found. Connect one, or open a picture of the code instead.</source>
        <translation>Камера не найдена. Подключите её или откройте картинку с кодом.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="119"/>
        <source>Hold the code steady in front of the camera; it stops by itself once the code is read.</source>
        <translation>Держите код неподвижно перед камерой; она остановится сама, когда код будет прочитан.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="128"/>
        <source>Reading the picture…</source>
        <translation>Чтение картинки…</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="131"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="153"/>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="171"/>
        <source>Tessera already has this account.</source>
        <translation>Эта учётная запись уже есть в Tessera.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="171"/>
        <source>Tessera already has all of these accounts.</source>
        <translation>Все эти учётные записи уже есть в Tessera.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="181"/>
        <source>Nothing new to add</source>
        <translation>Нечего добавить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/add/ScanPage.qml" line="181"/>
        <source>Add %n account(s)</source>
        <translation>
            <numerusform>Добавить %n учётную запись</numerusform>
            <numerusform>Добавить %n учётные записи</numerusform>
            <numerusform>Добавить %n учётных записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="186"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="194"/>
        <source>Open a picture of the QR code</source>
        <translation>Открыть картинку с QR-кодом</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="196"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Картинки (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="196"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../qml/components/SearchField.qml" line="27"/>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="13"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="36"/>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="39"/>
        <source>Lock after</source>
        <translation>Блокировать через</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="43"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="60"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="43"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="45"/>
        <source>Lock after this many idle minutes</source>
        <translation>Блокировать после стольких минут бездействия</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="49"/>
        <source>Lock when the screen locks</source>
        <translation>Блокировать при блокировке экрана</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="56"/>
        <source>Clear copied codes after</source>
        <translation>Очищать скопированные коды через</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="60"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="62"/>
        <source>Clear the clipboard after this many seconds</source>
        <translation>Очищать буфер обмена через столько секунд</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="68"/>
        <source>Unlock with the system keychain</source>
        <translation>Разблокировать через системную связку ключей</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="81"/>
        <source>Change password…</source>
        <translation>Сменить пароль…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="82"/>
        <source>Password changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="85"/>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="88"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="94"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="91"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="104"/>
        <source>Like the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="91"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="91"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="99"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="109"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="113"/>
        <source>Closing the window keeps Tessera in the tray</source>
        <translation>При закрытии окна Tessera остаётся в трее</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="118"/>
        <source>Start Tessera in the tray when I log in</source>
        <translation>Запускать Tessera в трее при входе в систему</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="132"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="134"/>
        <source>Every change keeps the previous vault (the newest 10) in:</source>
        <translation>Каждое изменение сохраняет предыдущее хранилище (последние 10) в:</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="148"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="153"/>
        <source>Restore a backup…</source>
        <translation>Восстановить резервную копию…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="159"/>
        <source>A second folder (a USB stick, another sync folder) can receive an encrypted copy after each change.</source>
        <translation>Вторая папка (USB-накопитель, другая синхронизируемая папка) может получать зашифрованную копию после каждого изменения.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="160"/>
        <source>An encrypted copy also goes to: %1</source>
        <translation>Зашифрованная копия также сохраняется в: %1</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="167"/>
        <source>The last copy could not go there: %1</source>
        <translation>Последнюю копию не удалось туда сохранить: %1</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="176"/>
        <source>Choose a second folder…</source>
        <translation>Выбрать вторую папку…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="176"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="181"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="190"/>
        <source>Several computers</source>
        <translation>Несколько компьютеров</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="192"/>
        <source>Keep the vault in a folder a sync tool shares (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) and open it on each computer: changes made on both are merged, and the copies a sync tool leaves beside it are merged too.</source>
        <translation>Держите хранилище в папке, которую синхронизирует программа (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive), и открывайте его на каждом компьютере: изменения с обеих сторон объединяются, как и копии, которые программа синхронизации оставляет рядом.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="200"/>
        <source>Move to another folder…</source>
        <translation>Переместить в другую папку…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="211"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="213"/>
        <source>Services accept a code only when this computer&apos;s clock is right to within about half a minute. Tessera measures the clock against time servers and corrects the codes; the system clock is left as it is.</source>
        <translation>Сервисы принимают код, только если часы этого компьютера верны примерно до полуминуты. Tessera сверяет часы с серверами времени и исправляет коды; системные часы не меняются.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="223"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="223"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="258"/>
        <source>Correct codes with the measured time</source>
        <translation>Исправлять коды по измеренному времени</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="263"/>
        <source>Check the clock when Tessera starts</source>
        <translation>Проверять часы при запуске Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="269"/>
        <source>Shift codes by hand</source>
        <translation>Сдвинуть коды вручную</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="275"/>
        <source>seconds, e.g. 30 or -12.5</source>
        <translation>секунды, напр. 30 или -12.5</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="276"/>
        <source>Offset in seconds</source>
        <translation>Сдвиг в секундах</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="283"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="289"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="290"/>
        <source>Forget the correction: codes use the system clock</source>
        <translation>Забыть поправку: коды по системным часам</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="294"/>
        <source>Time servers, one per line (HOST or HOST:PORT)</source>
        <translation>Серверы времени, по одному в строке (ХОСТ или ХОСТ:ПОРТ)</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="300"/>
        <source>Time servers</source>
        <translation>Серверы времени</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="304"/>
        <source>Where time servers are blocked, use the time of this web address</source>
        <translation>Где серверы времени заблокированы, брать время с этого веб-адреса</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="311"/>
        <source>https://… (empty: no fallback)</source>
        <translation>https://… (пусто: без запасного варианта)</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="314"/>
        <source>Fallback web address</source>
        <translation>Запасной веб-адрес</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="326"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="327"/>
        <source>Tessera %1 — licensed under the GNU GPL, version 3 or later.</source>
        <translation>Tessera %1 — распространяется по лицензии GNU GPL версии 3 или более поздней.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="331"/>
        <source>Service icons: %1 (simpleicons.org, CC0). Brand icons are trademarks of their respective owners; their use does not imply endorsement.</source>
        <translation>Значки сервисов: %1 (simpleicons.org, CC0). Значки брендов являются товарными знаками их владельцев; их использование не означает одобрения.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="336"/>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="343"/>
        <source>Restore a backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="345"/>
        <source>Tessera vaults (*.tessera)</source>
        <translation>Хранилища Tessera (*.tessera)</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="345"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="351"/>
        <source>Restore this backup?</source>
        <translation>Восстановить эту резервную копию?</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="352"/>
        <source>The accounts become those of the backup, on this computer and on every computer that shares the vault. The vault as it is now is kept in the backups.</source>
        <translation>Учётные записи станут такими, как в резервной копии, — на этом компьютере и на всех, где открыто это хранилище. Текущее состояние хранилища сохранится среди резервных копий.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="354"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="359"/>
        <source>A second folder for backups</source>
        <translation>Вторая папка для резервных копий</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="364"/>
        <source>Move the vault to a folder</source>
        <translation>Переместить хранилище в папку</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="371"/>
        <source>Change the vault password</source>
        <translation>Сменить пароль хранилища</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="372"/>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="376"/>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="377"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="379"/>
        <source>Repeat the new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../qml/components/Toast.qml" line="53"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Отменить (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../qml/components/Toast.qml" line="59"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="11"/>
        <location filename="../../qml/vault/UnlockPage.qml" line="108"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="26"/>
        <source>Tessera is locked</source>
        <translation>Tessera заблокирована</translation>
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
        <translation>Пароль хранилища</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="89"/>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="94"/>
        <source>Use keychain</source>
        <translation>Связка ключей</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="101"/>
        <source>Use the password</source>
        <translation>Использовать пароль</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="116"/>
        <source>Open another vault…</source>
        <translation>Открыть другое хранилище…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="125"/>
        <source>Open a Tessera vault</source>
        <translation>Открыть хранилище Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="126"/>
        <source>Tessera vaults (*.tessera)</source>
        <translation>Хранилища Tessera (*.tessera)</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="126"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>tessera::Error</name>
    <message>
        <location filename="../../core/common/error_text.cpp" line="27"/>
        <source>The secret key is not valid Base32: &apos;%1&apos; at position %2 is not a letter A-Z or a digit 2-7; check the key for typos.</source>
        <translation>Секретный ключ не в формате Base32: «%1» в позиции %2 — не буква A-Z и не цифра 2-7; проверьте ключ на опечатки.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="32"/>
        <source>The secret key is not valid %1; the file may be damaged.</source>
        <translation>Секретный ключ не в формате %1; файл может быть повреждён.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="34"/>
        <source>The secret key is empty or too short; copy the whole key the service shows.</source>
        <translation>Секретный ключ пуст или слишком короткий; скопируйте весь ключ, который показывает сервис.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="36"/>
        <source>The link is longer than 64 KiB and was refused; an otpauth:// link is never that long.</source>
        <translation>Ссылка длиннее 64 КиБ и отклонена; ссылка otpauth:// не бывает такой длинной.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="39"/>
        <source>This is not an otpauth:// link; give the link the service shows for authenticator apps.</source>
        <translation>Это не ссылка otpauth://; укажите ссылку, которую сервис показывает для приложений-аутентификаторов.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="40"/>
        <source>This holds a &apos;%1&apos; link, not an otpauth:// authenticator link.</source>
        <translation>Здесь ссылка «%1», а не ссылка аутентификатора otpauth://.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="42"/>
        <source>The otpauth:// link is malformed (%1); copy the whole link again.</source>
        <translation>Ссылка otpauth:// искажена (%1); скопируйте всю ссылку ещё раз.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="44"/>
        <source>The otpauth:// link has type &apos;%1&apos;; only totp, hotp and steam are supported.</source>
        <translation>У ссылки otpauth:// тип «%1»; поддерживаются только totp, hotp и steam.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="46"/>
        <source>The otpauth:// link has no secret parameter; copy the whole link again.</source>
        <translation>В ссылке otpauth:// нет параметра secret; скопируйте всю ссылку ещё раз.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="48"/>
        <source>The otpauth:// link has a broken percent-encoding in %1; copy the whole link again.</source>
        <translation>В ссылке otpauth:// испорчено процентное кодирование в %1; скопируйте всю ссылку ещё раз.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="51"/>
        <source>The HOTP link has no counter parameter; add counter=0 if the service gave none.</source>
        <translation>В ссылке HOTP нет параметра counter; добавьте counter=0, если сервис его не указал.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="53"/>
        <source>&apos;%1&apos; digits is not supported; use 6 to 10 digits.</source>
        <translation>Число цифр «%1» не поддерживается; используйте от 6 до 10 цифр.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="55"/>
        <source>The period &apos;%1&apos; is not valid; use a whole number of seconds, at least 1.</source>
        <translation>Период «%1» недопустим; укажите целое число секунд, не меньше 1.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="57"/>
        <source>The counter &apos;%1&apos; is not valid; use a whole number from 0 to 18446744073709551615.</source>
        <translation>Счётчик «%1» недопустим; укажите целое число от 0 до 18446744073709551615.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="60"/>
        <source>The algorithm &apos;%1&apos; is not supported; use SHA1, SHA256 or SHA512.</source>
        <translation>Алгоритм «%1» не поддерживается; используйте SHA1, SHA256 или SHA512.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="62"/>
        <source>The type &apos;%1&apos; is not supported; use totp, hotp or steam.</source>
        <translation>Тип «%1» не поддерживается; используйте totp, hotp или steam.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="64"/>
        <source>The time &apos;%1&apos; is not valid; give whole seconds since 1970-01-01 UTC.</source>
        <translation>Время «%1» недопустимо; укажите целое число секунд с 1970-01-01 UTC.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="66"/>
        <source>No account matches &apos;%1&apos;; &apos;tessera-cli list&apos; shows them all.</source>
        <translation>Нет учётной записи по запросу «%1»; «tessera-cli list» покажет все.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="68"/>
        <source>&apos;%1&apos; matches %2 accounts (%3); give more of the issuer or name, or Issuer:Name.</source>
        <translation>«%1» подходит к %2 учётным записям (%3); укажите больше от сервиса или имени, или Сервис:Имя.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="73"/>
        <source>%1 has no unused recovery codes left; get a new set from the service and add it.</source>
        <translation>У %1 не осталось неиспользованных кодов восстановления; получите новый набор у сервиса и добавьте его.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="75"/>
        <source>A recovery code is empty or longer than 256 characters; give each code as the service shows it.</source>
        <translation>Код восстановления пуст или длиннее 256 символов; вводите каждый код так, как его показывает сервис.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="77"/>
        <source>Give the service or the account a name.</source>
        <translation>Дайте сервису или учётной записи имя.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="79"/>
        <source>The password is empty; choose a password to protect the vault.</source>
        <translation>Пароль пуст; выберите пароль для защиты хранилища.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="81"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="83"/>
        <source>The vault needs its password; give it with --password-stdin or run in a terminal to be asked.</source>
        <translation>Хранилищу нужен пароль; передайте его через --password-stdin или запустите в терминале, чтобы его запросили.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="85"/>
        <source>&apos;%1&apos; is not a time server address; write HOST or HOST:PORT, e.g. pool.ntp.org or 10.0.0.1:123.</source>
        <translation>«%1» — не адрес сервера времени; пишите ХОСТ или ХОСТ:ПОРТ, напр. pool.ntp.org или 10.0.0.1:123.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="88"/>
        <source>&apos;%1&apos; is not an https:// address; the time fallback needs a web address starting with https://.</source>
        <translation>«%1» — не адрес https://; запасному источнику времени нужен веб-адрес, начинающийся с https://.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="91"/>
        <source>&apos;%1&apos; is not a website; give its address, such as github.com.</source>
        <translation>«%1» — не веб-сайт; укажите его адрес, например github.com.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="93"/>
        <source>&apos;%1&apos; is shared by many unrelated websites; give the site itself, such as example.co.uk.</source>
        <translation>«%1» используют многие не связанные между собой сайты; укажите сам сайт, например example.co.uk.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="96"/>
        <source>%1 is not among this account&apos;s websites.</source>
        <translation>%1 нет среди сайтов этой учётной записи.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="98"/>
        <source>The offset &apos;%1&apos; is not valid; give seconds, e.g. 92.5 or -30, within 50 years.</source>
        <translation>Сдвиг «%1» недопустим; укажите секунды, напр. 92.5 или -30, в пределах 50 лет.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="100"/>
        <source>No QR code was found in the picture; make sure the whole code is visible, sharp and not cut off.</source>
        <translation>На картинке не найден QR-код; убедитесь, что код виден целиком, резкий и не обрезан.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="103"/>
        <source>This QR code holds a web address, not an authenticator account.</source>
        <translation>Этот QR-код содержит веб-адрес, а не учётную запись аутентификатора.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="105"/>
        <source>This QR code holds a Wi-Fi network, not an authenticator account.</source>
        <translation>Этот QR-код содержит сеть Wi-Fi, а не учётную запись аутентификатора.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="107"/>
        <source>This QR code holds an e-mail address, not an authenticator account.</source>
        <translation>Этот QR-код содержит адрес электронной почты, а не учётную запись аутентификатора.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="109"/>
        <source>This QR code holds a phone number, not an authenticator account.</source>
        <translation>Этот QR-код содержит номер телефона, а не учётную запись аутентификатора.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="111"/>
        <source>This QR code holds a contact card, not an authenticator account.</source>
        <translation>Этот QR-код содержит визитную карточку, а не учётную запись аутентификатора.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="112"/>
        <source>This QR code holds plain text, not an authenticator account.</source>
        <translation>Этот QR-код содержит простой текст, а не учётную запись аутентификатора.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="114"/>
        <source>%1 bytes do not fit in one QR code; export fewer accounts per code.</source>
        <translation>%1 байт не помещаются в один QR-код; экспортируйте меньше учётных записей на код.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="116"/>
        <source>Could not read %1 as a picture; use a PNG, JPEG, BMP or GIF file.</source>
        <translation>Не удалось прочитать %1 как картинку; используйте файл PNG, JPEG, BMP или GIF.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="118"/>
        <source>This picture is larger than %1 KiB; choose a smaller one for an account&apos;s icon.</source>
        <translation>Эта картинка больше %1 КиБ; выберите картинку поменьше для значка учётной записи.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="120"/>
        <source>This file is not a PNG, JPEG, GIF, WebP or SVG picture.</source>
        <translation>Этот файл не является картинкой PNG, JPEG, GIF, WebP или SVG.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="122"/>
        <source>This is not an Aegis icon pack (%1); nothing was added.</source>
        <translation>Это не набор значков Aegis (%1); ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="124"/>
        <source>This ZIP archive cannot be read (%1).</source>
        <translation>Этот ZIP-архив не читается (%1).</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="126"/>
        <source>%1 in this ZIP archive is larger than Tessera reads.</source>
        <translation>%1 в этом ZIP-архиве больше, чем читает Tessera.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="128"/>
        <source>Could not take a picture of the screen (%1); save a screenshot and open it instead.</source>
        <translation>Не удалось снять изображение экрана (%1); сохраните снимок экрана и откройте его.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="131"/>
        <source>This file is not an export Tessera knows; choose its format, or export again from the other app as Aegis JSON or an otpauth:// list.</source>
        <translation>Этот файл не является известным Tessera экспортом; выберите его формат или экспортируйте заново из другого приложения как Aegis JSON или список otpauth://.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="133"/>
        <source>&apos;%1&apos; is not an import format Tessera knows; see &apos;tessera-cli import --help&apos; for the list.</source>
        <translation>«%1» — неизвестный Tessera формат импорта; список см. в «tessera-cli import --help».</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="137"/>
        <source>This %1 file is damaged or incomplete (%2); nothing was imported. Export it again.</source>
        <translation>Этот файл %1 повреждён или неполон (%2); ничего не импортировано. Экспортируйте его заново.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="141"/>
        <source>This %1 file is encrypted; give the password it was exported with.</source>
        <translation>Этот файл %1 зашифрован; укажите пароль, с которым он был экспортирован.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="145"/>
        <source>This file cannot be imported: %1.</source>
        <translation>Этот файл нельзя импортировать: %1.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="146"/>
        <source>This %1 file cannot be imported: %2.</source>
        <translation>Этот файл %1 нельзя импортировать: %2.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="150"/>
        <source>The file holds no accounts; nothing was imported.</source>
        <translation>В файле нет учётных записей; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="151"/>
        <source>No account in the file could be read (%1); nothing was imported.</source>
        <translation>Ни одну учётную запись из файла не удалось прочитать (%1); ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="153"/>
        <source>An encrypted export needs a password: give it with --export-password-file, or choose a plain export on purpose.</source>
        <translation>Зашифрованному экспорту нужен пароль: передайте его через --export-password-file или осознанно выберите экспорт без шифрования.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="157"/>
        <source>No account has recovery codes yet; add a service&apos;s backup codes to its account first.</source>
        <translation>Ни у одной учётной записи пока нет кодов восстановления; сначала добавьте резервные коды сервиса к его учётной записи.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="158"/>
        <source>There is nothing to export; the vault has no accounts.</source>
        <translation>Экспортировать нечего; в хранилище нет учётных записей.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="162"/>
        <source>This Google Authenticator export has %1 QR codes and parts %2 are still missing; scan every code the phone shows.</source>
        <translation>В этом экспорте Google Authenticator %1 QR-кодов, и части %2 ещё не хватает; отсканируйте каждый код, который показывает телефон.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="165"/>
        <source>This Google Authenticator export has %1 QR codes and part %2 is still missing; scan every code the phone shows.</source>
        <translation>В этом экспорте Google Authenticator %1 QR-кодов, и части %2 ещё не хватает; отсканируйте каждый код, который показывает телефон.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="170"/>
        <source>Wrong password; the vault was not changed.</source>
        <translation>Неверный пароль; хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="172"/>
        <source>Wrong password for this %1 file; nothing was imported. Use the password you chose when you exported it.</source>
        <translation>Неверный пароль для этого файла %1; ничего не импортировано. Используйте пароль, выбранный при экспорте.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="176"/>
        <source>The vault file is damaged (%1) and was left untouched; restore a copy from its backups folder.</source>
        <translation>Файл хранилища повреждён (%1) и оставлен без изменений; восстановите копию из папки резервных копий.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="179"/>
        <source>The vault was written by a newer Tessera (format %1) and was left untouched; update Tessera.</source>
        <translation>Хранилище записано более новой версией Tessera (формат %1) и оставлено без изменений; обновите Tessera.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="182"/>
        <source>A vault already exists at %1; choose another path with --vault.</source>
        <translation>Хранилище уже существует в %1; выберите другой путь с помощью --vault.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="184"/>
        <source>There is no vault at %1; create one with &apos;tessera-cli init&apos; or give its path with --vault.</source>
        <translation>В %1 нет хранилища; создайте его командой «tessera-cli init» или укажите путь через --vault.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="187"/>
        <source>The file at %1 is now a different vault; open it again.</source>
        <translation>Файл в %1 теперь другое хранилище; откройте его заново.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="189"/>
        <source>%1 lacks changes this computer has already seen: it is an older copy (a backup put back, or a sync that has not finished), so nothing was written. Merge a newer copy with &apos;tessera-cli merge FILE&apos;, or make this copy the vault on purpose with &apos;tessera-cli restore FILE&apos;.</source>
        <translation>В %1 нет изменений, которые этот компьютер уже видел: это более старая копия (возвращённая резервная копия или незавершённая синхронизация), поэтому ничего не записано. Объедините более новую копию командой &apos;tessera-cli merge ФАЙЛ&apos; или намеренно сделайте эту копию хранилищем командой &apos;tessera-cli restore ФАЙЛ&apos;.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="194"/>
        <source>%1 is not a copy of this vault; only copies of the same vault (or its backups) can be merged.</source>
        <translation>%1 — не копия этого хранилища; объединять можно только копии того же хранилища (или его резервные копии).</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="197"/>
        <source>The vault&apos;s password was changed on another computer; unlock %1 with the new password.</source>
        <translation>Пароль хранилища изменён на другом компьютере; разблокируйте %1 новым паролем.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="200"/>
        <source>The vault is being re-encrypted for the new password; try again in a moment.</source>
        <translation>Хранилище перешифровывается для нового пароля; повторите чуть позже.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="202"/>
        <source>Another program is saving the vault %1; try again in a moment.</source>
        <translation>Другая программа сохраняет хранилище %1; повторите чуть позже.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="204"/>
        <source>Could not read or write %1; check the disk and the permissions.</source>
        <translation>Не удалось прочитать или записать %1; проверьте диск и права доступа.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="206"/>
        <source>The disk is full: %1 could not be written, and nothing was changed. Free some space and try again.</source>
        <translation>Диск заполнен: не удалось записать %1, ничего не изменено. Освободите место и повторите.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="209"/>
        <source>The folder %1 is read-only or not yours, so nothing was changed. Make it writable, or keep the vault in a folder you can write to.</source>
        <translation>Папка %1 доступна только для чтения или принадлежит не вам, поэтому ничего не изменено. Сделайте её доступной для записи или храните хранилище в папке, куда можно писать.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="212"/>
        <source>Not enough memory for %1; close other programs and try again.</source>
        <translation>Недостаточно памяти для %1; закройте другие программы и повторите.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="214"/>
        <source>The system keychain is not available (%1); unlock with the password instead.</source>
        <translation>Системная связка ключей недоступна (%1); разблокируйте паролем.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="216"/>
        <source>The system keychain holds no key for this vault; unlock with the password and enable the keychain again.</source>
        <translation>В системной связке ключей нет ключа для этого хранилища; разблокируйте паролем и снова включите связку ключей.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="219"/>
        <source>Could not reach a time server (%1); check the network connection or the time servers in the settings.</source>
        <translation>Не удалось связаться с сервером времени (%1); проверьте сетевое подключение или серверы времени в настройках.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="223"/>
        <source>The cryptographic library failed (%1); reinstall Tessera or report this.</source>
        <translation>Сбой криптографической библиотеки (%1); переустановите Tessera или сообщите об этом.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="225"/>
        <source>The QR reader could not run (%1); reinstall Tessera.</source>
        <translation>Не удалось запустить чтение QR-кодов (%1); переустановите Tessera.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="227"/>
        <source>Reading this picture was stopped after %1 s: it holds far more code-like patterns than a QR code has, or is too large. Crop it to the QR code and try again.</source>
        <translation>Чтение этой картинки остановлено через %1 с: в ней гораздо больше похожих на код узоров, чем в QR-коде, или она слишком велика. Обрежьте её до QR-кода и повторите.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="231"/>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="233"/>
        <source>This file was refused: it asks for %1, far more than any authenticator export needs. It may be damaged or made to stall Tessera; export it again from the app it came from.</source>
        <translation>Этот файл отклонён: он требует %1 — намного больше, чем нужно любому экспорту аутентификатора. Возможно, он повреждён или сделан, чтобы подвесить Tessera; экспортируйте его заново из исходного приложения.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="237"/>
        <source>%1 Nothing was changed. If this computer&apos;s clock really is that far off, correct it, or run &apos;tessera-cli time --accept-large-offset&apos; to correct codes by it.</source>
        <translation>%1 Ничего не изменено. Если часы этого компьютера действительно настолько сбиты, исправьте их или выполните «tessera-cli time --accept-large-offset», чтобы исправлять коды на эту величину.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="241"/>
        <source>No private channel to the running Tessera could be set up (%1), so this window works on its own; files and links opened now are not passed on.</source>
        <translation>Не удалось установить закрытый канал к запущенной Tessera (%1), поэтому это окно работает само по себе; открываемые сейчас файлы и ссылки не передаются.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="245"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN состоит из 4–8 цифр.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="248"/>
        <source>Wrong PIN. That was the third: unlock with the password now.</source>
        <translation>Неверный PIN. Это была третья попытка: теперь разблокируйте паролем.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/common/error_text.cpp" line="249"/>
        <source>Wrong PIN; %n attempt(s) left.</source>
        <translation>
            <numerusform>Неверный PIN; осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN; осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN; осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="251"/>
        <source>The running Tessera was asked for %1 and the answer was Deny.</source>
        <translation>Запущенную Tessera попросили о следующем: %1, и ответом было «Запретить».</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="255"/>
        <source>This password is too easy to guess (about %1 bits; at least 40 are needed).</source>
        <translation>Этот пароль слишком легко угадать (около %1 бит; нужно не меньше 40).</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="259"/>
        <source>Unknown error.</source>
        <translation>Неизвестная ошибка.</translation>
    </message>
</context>
<context>
    <name>tessera::TimeStatus</name>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="30"/>
        <source>%1 of %2 time servers say so, and no secure source confirmed it.</source>
        <translation>Так говорят %1 из %2 серверов времени, и ни один защищённый источник этого не подтвердил.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="31"/>
        <source>No secure source confirmed it, and a forged time reply could claim this.</source>
        <translation>Ни один защищённый источник этого не подтвердил, а поддельный ответ о времени мог бы такое заявить.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="32"/>
        <source>Your clock seems %1 behind — correct codes by that much?</source>
        <translation>Ваши часы, похоже, отстают на %1 — исправлять коды на эту величину?</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="33"/>
        <source>Your clock seems %1 ahead — correct codes by that much?</source>
        <translation>Ваши часы, похоже, спешат на %1 — исправлять коды на эту величину?</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="43"/>
        <location filename="../../core/session/time_status_text.cpp" line="45"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="47"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="50"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="52"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="53"/>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="60"/>
        <source>The clock could not be checked: no time server answered.</source>
        <translation>Не удалось проверить часы: ни один сервер времени не ответил.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="61"/>
        <source>The clock has not been checked yet.</source>
        <translation>Часы ещё не проверялись.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="64"/>
        <source>Codes use the system clock.</source>
        <translation>Коды используют системные часы.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="65"/>
        <source>Codes are shifted by %1%2 (set by hand).</source>
        <translation>Коды сдвинуты на %1%2 (задано вручную).</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="67"/>
        <source>A shift of %1%2 is set by hand but correction is turned off.</source>
        <translation>Сдвиг %1%2 задан вручную, но исправление выключено.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="71"/>
        <source>Clock is accurate (±%1).</source>
        <translation>Часы точны (±%1).</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="75"/>
        <source>Your clock is %1 behind — codes are corrected.</source>
        <translation>Ваши часы отстают на %1 — коды исправлены.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="76"/>
        <source>Your clock is %1 ahead — codes are corrected.</source>
        <translation>Ваши часы спешат на %1 — коды исправлены.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="77"/>
        <source>Your clock is %1 behind — codes are not corrected.</source>
        <translation>Ваши часы отстают на %1 — коды не исправлены.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="78"/>
        <source>Your clock is %1 ahead — codes are not corrected.</source>
        <translation>Ваши часы спешат на %1 — коды не исправлены.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="85"/>
        <source>Clock unchecked</source>
        <translation>Часы не проверены</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="87"/>
        <source>System clock</source>
        <translation>Системные часы</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="87"/>
        <source>Clock shifted by hand</source>
        <translation>Часы сдвинуты вручную</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="89"/>
        <source>Clock OK</source>
        <translation>Часы в порядке</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="91"/>
        <source>Clock corrected</source>
        <translation>Часы исправлены</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="92"/>
        <source>Clock %1 off</source>
        <translation>Часы сбиты на %1</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="103"/>
        <source>Set by hand on %1.</source>
        <translation>Задано вручную %1.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="105"/>
        <source>Measured with %1 (SNTP, ±%2) on %3.</source>
        <translation>Измерено по %1 (SNTP, ±%2) %3.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="107"/>
        <source>Measured with %1 (HTTPS, ±%2) on %3.</source>
        <translation>Измерено по %1 (HTTPS, ±%2) %3.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::AccountsController</name>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="74"/>
        <source>%1 — clears in %2 s</source>
        <translation>%1 — очистится через %2 с</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="82"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="204"/>
        <source>Deleted %1</source>
        <translation>Удалено: %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="217"/>
        <source>Restored %1</source>
        <translation>Восстановлено: %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="258"/>
        <source>Recovery code copied and marked as used</source>
        <translation>Код восстановления скопирован и отмечен как использованный</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/accounts_controller.cpp" line="277"/>
        <source>%n recovery code(s) saved</source>
        <translation>
            <numerusform>Сохранён %n код восстановления</numerusform>
            <numerusform>Сохранено %n кода восстановления</numerusform>
            <numerusform>Сохранено %n кодов восстановления</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::AutoType</name>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="54"/>
        <source>Tessera did not see which window you came from, so it typed nothing.</source>
        <translation>Tessera не увидела, из какого окна вы пришли, поэтому ничего не ввела.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="70"/>
        <source>The desktop did not let Tessera type, so it typed nothing.</source>
        <translation>Рабочий стол не разрешил Tessera вводить текст, поэтому ничего не введено.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="74"/>
        <source>The desktop did not answer whether Tessera may type, so it typed nothing.</source>
        <translation>Рабочий стол не ответил, может ли Tessera вводить текст, поэтому ничего не введено.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="91"/>
        <source>A modifier key stayed pressed, so Tessera typed nothing.</source>
        <translation>Клавиша-модификатор осталась нажатой, поэтому Tessera ничего не ввела.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="92"/>
        <source>The window you came from did not take the keyboard back, so Tessera typed nothing.</source>
        <translation>Окно, из которого вы пришли, не получило клавиатуру обратно, поэтому Tessera ничего не ввела.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="100"/>
        <source>Another window took the keyboard, so Tessera stopped typing.</source>
        <translation>Клавиатуру перехватило другое окно, поэтому Tessera прекратила ввод.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="102"/>
        <source>The keyboard layout in use has no key for “%1”, so Tessera stopped typing.</source>
        <translation>В текущей раскладке нет клавиши для «%1», поэтому Tessera прекратила ввод.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::BrowserIntegrationController</name>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="34"/>
        <source>Cannot be connected: its sandbox cannot start Tessera</source>
        <translation>Подключить нельзя: его песочница не может запустить Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="36"/>
        <source>Connected</source>
        <translation>Подключён</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="38"/>
        <source>Connected to another copy of Tessera</source>
        <translation>Подключён к другой копии Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="40"/>
        <source>Not connected</source>
        <translation>Не подключён</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="40"/>
        <source>Not found on this computer</source>
        <translation>Не найден на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="86"/>
        <source>%1 is connected. Add the Tessera extension to it, then sign in as usual.</source>
        <translation>%1 подключён. Добавьте в него расширение Tessera и входите как обычно.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="94"/>
        <source>%1 is no longer connected.</source>
        <translation>%1 больше не подключён.</translation>
    </message>
    <message>
        <source>No browser was found on this computer.</source>
        <translation type="vanished">На этом компьютере не найден ни один браузер.</translation>
    </message>
    <message>
        <source>Connected: %1. Add the Tessera extension to each, then sign in as usual.</source>
        <translation type="vanished">Подключены: %1. Добавьте в каждый расширение Tessera и входите как обычно.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::BrowserRequestsController</name>
    <message>
        <location filename="../../qml/browser/browser_requests_controller.cpp" line="57"/>
        <source>Allow %1 to request codes from Tessera?</source>
        <translation>Разрешить %1 запрашивать коды у Tessera?</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_requests_controller.cpp" line="60"/>
        <source>Fill codes on %1?</source>
        <translation>Подставлять коды на %1?</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::CliRequestsController</name>
    <message>
        <location filename="../../qml/requests/cli_requests_controller.cpp" line="53"/>
        <source>tessera-cli wants %1.</source>
        <translation>tessera-cli запрашивает: %1.</translation>
    </message>
    <message>
        <location filename="../../qml/requests/cli_requests_controller.cpp" line="54"/>
        <source>tessera-cli (%1) wants %2.</source>
        <translation>tessera-cli (%1) запрашивает: %2.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ExportController</name>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="75"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="121"/>
        <source>%1 is not included: %2.</source>
        <translation>%1 не включена: %2.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="133"/>
        <source>None of these accounts can be transferred to Google Authenticator.</source>
        <translation>Ни одну из этих учётных записей нельзя перенести в Google Authenticator.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="169"/>
        <source>Tessera → Google Authenticator · %1 of %2</source>
        <translation>Tessera → Google Authenticator · %1 из %2</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="173"/>
        <source>Saved %1 in %2. These pictures hold your secret keys: delete them once the phone has them.</source>
        <translation>Сохранено %1 в %2. Эти картинки содержат ваши секретные ключи: удалите их, когда они окажутся на телефоне.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::FileExportController</name>
    <message>
        <location filename="../../qml/transfer/file_export_controller.cpp" line="47"/>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/file_export_controller.cpp" line="101"/>
        <source>Choose a password for the file.</source>
        <translation>Выберите пароль для файла.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/file_export_controller.cpp" line="119"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::IconPacksController</name>
    <message numerus="yes">
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="102"/>
        <source>Icon pack “%1” (version %2) added: %n icon(s).</source>
        <translation>
            <numerusform>Набор значков «%1» (версия %2) добавлен: %n значок.</numerusform>
            <numerusform>Набор значков «%1» (версия %2) добавлен: %n значка.</numerusform>
            <numerusform>Набор значков «%1» (версия %2) добавлен: %n значков.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="104"/>
        <source>%n of its pictures could not be used.</source>
        <translation>
            <numerusform>%n его картинку не удалось использовать.</numerusform>
            <numerusform>%n его картинки не удалось использовать.</numerusform>
            <numerusform>%n его картинок не удалось использовать.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="121"/>
        <source>Icon pack removed. Accounts keep the icons they were given.</source>
        <translation>Набор значков удалён. Учётные записи сохраняют полученные значки.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="135"/>
        <source>%n account(s) now show the pack&apos;s icon.</source>
        <translation>
            <numerusform>%n учётная запись теперь показывает значок из набора.</numerusform>
            <numerusform>%n учётные записи теперь показывают значок из набора.</numerusform>
            <numerusform>%n учётных записей теперь показывают значок из набора.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ImportController</name>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="111"/>
        <source>Left out %1: %2</source>
        <translation>Пропущено %1: %2</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="118"/>
        <source>Wait until the file being read is done, then open the next one.</source>
        <translation>Дождитесь окончания чтения текущего файла, затем откройте следующий.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="154"/>
        <source>This %1 file is encrypted. Type the password it was exported with.</source>
        <translation>Этот файл %1 зашифрован. Введите пароль, с которым он был экспортирован.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="161"/>
        <source>Type the password of the file.</source>
        <translation>Введите пароль файла.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="173"/>
        <source>Reading the %1 file…</source>
        <translation>Чтение файла %1…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="190"/>
        <source>Stopped reading the file.</source>
        <translation>Чтение файла остановлено.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="200"/>
        <source>Choose at least one account to add.</source>
        <translation>Выберите хотя бы одну учётную запись для добавления.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/import_controller.cpp" line="213"/>
        <source>Added %n account(s).</source>
        <translation>
            <numerusform>Добавлена %n учётная запись.</numerusform>
            <numerusform>Добавлены %n учётные записи.</numerusform>
            <numerusform>Добавлено %n учётных записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/import_controller.cpp" line="215"/>
        <source>%n entry(s) of the file could not be read and were left out.</source>
        <translation>
            <numerusform>%n запись файла не удалось прочитать, она пропущена.</numerusform>
            <numerusform>%n записи файла не удалось прочитать, они пропущены.</numerusform>
            <numerusform>%n записей файла не удалось прочитать, они пропущены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::PinController</name>
    <message>
        <location filename="../../qml/vault/pin_controller.cpp" line="28"/>
        <source>The two PINs differ.</source>
        <translation>PIN-коды не совпадают.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/pin_controller.cpp" line="35"/>
        <source>PIN set. After an automatic lock it unlocks Tessera until you quit or lock by hand.</source>
        <translation>PIN задан. После автоматической блокировки он разблокирует Tessera, пока вы не выйдете или не заблокируете вручную.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/pin_controller.cpp" line="43"/>
        <source>PIN removed.</source>
        <translation>PIN удалён.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::PortalRequest</name>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="36"/>
        <source>it was cancelled or refused</source>
        <translation>действие отменено или отклонено</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="42"/>
        <source>the desktop portal&apos;s picture could not be read</source>
        <translation>не удалось прочитать картинку от портала рабочего стола</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::QuickPickerController</name>
    <message>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="31"/>
        <source>Typing into other windows is not available here.</source>
        <translation>Ввод в другие окна здесь недоступен.</translation>
    </message>
    <message>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="80"/>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="99"/>
        <source>%1 The code was copied instead.</source>
        <translation>%1 Вместо этого код скопирован.</translation>
    </message>
    <message>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="116"/>
        <source>Hold Ctrl, Alt or Super with the key, so that it does not stop the key from working elsewhere.</source>
        <translation>Удерживайте Ctrl, Alt или Super вместе с клавишей, чтобы она продолжала работать в других программах.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ScanController</name>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="29"/>
        <source>Stopped reading the picture.</source>
        <translation>Чтение картинки остановлено.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="122"/>
        <source>Looking at the screen…</source>
        <translation>Просмотр экрана…</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="178"/>
        <source>Part read; scan the next code.</source>
        <translation>Часть прочитана; отсканируйте следующий код.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/add/scan_controller.cpp" line="178"/>
        <source>Found %n account(s).</source>
        <translation>
            <numerusform>Найдена %n учётная запись.</numerusform>
            <numerusform>Найдены %n учётные записи.</numerusform>
            <numerusform>Найдено %n учётных записей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="185"/>
        <source>The clipboard holds no picture and no link; copy the QR code&apos;s picture or its otpauth:// link.</source>
        <translation>В буфере обмена нет ни картинки, ни ссылки; скопируйте картинку QR-кода или его ссылку otpauth://.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="189"/>
        <source>Nothing new in this picture: its accounts are already in the list.</source>
        <translation>На этой картинке нет ничего нового: её учётные записи уже в списке.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="212"/>
        <source>All %1 codes of the Google Authenticator export read.</source>
        <translation>Прочитаны все %1 кодов экспорта Google Authenticator.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="218"/>
        <source>%1 of %2 codes of the Google Authenticator export read; still missing: %3.</source>
        <translation>Прочитано %1 из %2 кодов экспорта Google Authenticator; ещё не хватает: %3.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="230"/>
        <source>Left out %1: %2.</source>
        <translation>Пропущено %1: %2.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="244"/>
        <source>Choose at least one account to add.</source>
        <translation>Выберите хотя бы одну учётную запись для добавления.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/add/scan_controller.cpp" line="256"/>
        <source>Added %n account(s).</source>
        <translation>
            <numerusform>Добавлена %n учётная запись.</numerusform>
            <numerusform>Добавлены %n учётные записи.</numerusform>
            <numerusform>Добавлено %n учётных записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ScanResultModel</name>
    <message>
        <location filename="../../qml/add/scan_result_model.cpp" line="14"/>
        <source>TOTP · %1 digits · %2 s · %3</source>
        <translation>TOTP · цифр: %1 · %2 с · %3</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_result_model.cpp" line="16"/>
        <source>HOTP · %1 digits · counter %2 · %3</source>
        <translation>HOTP · цифр: %1 · счётчик %2 · %3</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_result_model.cpp" line="18"/>
        <source>Steam Guard</source>
        <translation>Steam Guard</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ScreenGrabber</name>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="58"/>
        <source>no direct access and no desktop portal</source>
        <translation>нет прямого доступа и нет портала рабочего стола</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="77"/>
        <source>no screenshot portal: %1</source>
        <translation>нет портала снимков экрана: %1</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/other/screen_grabber_portal_other.cpp" line="8"/>
        <source>the system refused it; allow screen recording for Tessera in the privacy settings</source>
        <translation>система отказала; разрешите Tessera запись экрана в настройках конфиденциальности</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::SyncController</name>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="51"/>
        <source>No more copies go to a second folder.</source>
        <translation>Копии во вторую папку больше не сохраняются.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="52"/>
        <source>After each change an encrypted copy of the vault also goes to %1.</source>
        <translation>После каждого изменения зашифрованная копия хранилища также сохраняется в %1.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="69"/>
        <source>Type the password this copy was saved with.</source>
        <translation>Введите пароль, с которым была сохранена эта копия.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="78"/>
        <source>Merged %1: nothing new in it.</source>
        <translation>%1 объединён: нового в нём ничего нет.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="89"/>
        <source>This backup was saved under another password; restore it with &apos;tessera-cli restore --copy-password-file&apos;.</source>
        <translation>Эта резервная копия сохранена с другим паролем; восстановите её командой &apos;tessera-cli restore --copy-password-file&apos;.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="93"/>
        <source>Restored %1: %2 account(s) back or added, %3 changed, %4 removed. The vault as it was is in the backups.</source>
        <translation>%1 восстановлен: возвращено или добавлено учётных записей: %2, изменено: %3, удалено: %4. Прежнее состояние хранилища — среди резервных копий.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="117"/>
        <source>The vault is now in %1.</source>
        <translation>Хранилище теперь находится в %1.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::TimeController</name>
    <message>
        <location filename="../../qml/time/time_controller.cpp" line="147"/>
        <source>No time server answered, so the clock is unchecked. Codes may be refused if this computer&apos;s clock is off.</source>
        <translation>Ни один сервер времени не ответил, поэтому часы не проверены. Коды могут не приниматься, если часы этого компьютера сбиты.</translation>
    </message>
    <message>
        <location filename="../../qml/time/time_controller.cpp" line="150"/>
        <source>This computer&apos;s clock changed since the last check; check it again so codes stay right.</source>
        <translation>Часы этого компьютера изменились после последней проверки; проверьте их снова, чтобы коды оставались верными.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::TrayIcon</name>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="17"/>
        <source>Show or hide Tessera</source>
        <translation>Показать или скрыть Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="18"/>
        <source>Quick picker…</source>
        <translation>Быстрый выбор…</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="19"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="21"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="55"/>
        <source>Copy the code for %1</source>
        <translation>Скопировать код для %1</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::VaultController</name>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="34"/>
        <source>The vault file was changed by another program and cannot be used now: %1 Until it can, Tessera shows the accounts it had and saves nothing.</source>
        <translation>Файл хранилища изменён другой программой и сейчас не может быть использован: %1 Пока это так, Tessera показывает прежние учётные записи и ничего не сохраняет.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="43"/>
        <source>A copy a sync tool left beside the vault could not be merged: %1</source>
        <translation>Не удалось объединить копию, которую программа синхронизации оставила рядом с хранилищем: %1</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="46"/>
        <source>The vault&apos;s password was changed on another computer. Unlock it with the new password; nothing was saved over that change.</source>
        <translation>Пароль хранилища изменён на другом компьютере. Разблокируйте его новым паролем; поверх этого изменения ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="50"/>
        <source>This vault file lacks changes this computer saw before: an older copy was put in its place (a backup, or a sync that has not finished). Changes made here are merged with it; to go back on purpose, restore a backup in Settings.</source>
        <translation>В этом файле хранилища нет изменений, которые этот компьютер уже видел: на его место положили более старую копию (резервную копию или незавершённую синхронизацию). Изменения, сделанные здесь, объединяются с ней; чтобы намеренно вернуться назад, восстановите резервную копию в настройках.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="108"/>
        <source>Choose a password you do not use anywhere else.</source>
        <translation>Выберите пароль, который вы больше нигде не используете.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="110"/>
        <source>Too easy to guess (about %1 bits; at least 40 are needed). %2</source>
        <translation>Слишком легко угадать (около %1 бит; нужно не меньше 40). %2</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="112"/>
        <source>Weak (about %1 bits; 65 or more is good). %2</source>
        <translation>Слабый (около %1 бит; хорошо — от 65). %2</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="114"/>
        <source>Strong (about %1 bits).</source>
        <translation>Надёжный (около %1 бит).</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="114"/>
        <source>Good (about %1 bits).</source>
        <translation>Хороший (около %1 бит).</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="158"/>
        <source>Type the vault password.</source>
        <translation>Введите пароль хранилища.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="249"/>
        <source>Password changed; the vault has a new key.</source>
        <translation>Пароль изменён; у хранилища новый ключ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="252"/>
        <source>%n backup(s) re-encrypted with it.</source>
        <translation>
            <numerusform>%n резервная копия перешифрована им.</numerusform>
            <numerusform>%n резервные копии перешифрованы им.</numerusform>
            <numerusform>%n резервных копий перешифрованы им.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="254"/>
        <source>%n backup(s) that could not be re-encrypted were removed.</source>
        <translation>
            <numerusform>Удалена %n резервная копия, которую не удалось перешифровать.</numerusform>
            <numerusform>Удалены %n резервные копии, которые не удалось перешифровать.</numerusform>
            <numerusform>Удалено %n резервных копий, которые не удалось перешифровать.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="256"/>
        <source>These copies still open with the old password; delete them: %1</source>
        <translation>Эти копии по-прежнему открываются старым паролем; удалите их: %1</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="259"/>
        <source>Unlocking with the keychain is now off: %1</source>
        <translation>Разблокировка через связку ключей теперь выключена: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="280"/>
        <source>%n account(s) added</source>
        <translation>
            <numerusform>%n учётная запись добавлена</numerusform>
            <numerusform>%n учётные записи добавлены</numerusform>
            <numerusform>%n учётных записей добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="282"/>
        <source>%n account(s) changed</source>
        <translation>
            <numerusform>%n учётная запись изменена</numerusform>
            <numerusform>%n учётные записи изменены</numerusform>
            <numerusform>%n учётных записей изменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="282"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n изменена</numerusform>
            <numerusform>%n изменены</numerusform>
            <numerusform>%n изменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="284"/>
        <source>%n account(s) removed</source>
        <translation>
            <numerusform>%n учётная запись удалена</numerusform>
            <numerusform>%n учётные записи удалены</numerusform>
            <numerusform>%n учётных записей удалено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="284"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n удалена</numerusform>
            <numerusform>%n удалены</numerusform>
            <numerusform>%n удалено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="288"/>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="289"/>
        <source>%1 on another computer.</source>
        <translation>%1 на другом компьютере.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::VaultSession</name>
    <message>
        <source>A copy a sync tool left beside the vault could not be merged: %1</source>
        <translation type="vanished">Не удалось объединить копию, которую программа синхронизации оставила рядом с хранилищем: %1</translation>
    </message>
</context>
</TS>
