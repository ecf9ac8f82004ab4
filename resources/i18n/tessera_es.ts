<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountChooser</name>
    <message>
        <location filename="../../qml/transfer/AccountChooser.qml" line="16"/>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/AccountChooser.qml" line="17"/>
        <source>Choose accounts</source>
        <translation>Elegir cuentas</translation>
    </message>
</context>
<context>
    <name>AccountDelegate</name>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="66"/>
        <source>%1, %2, counter-based code, activate for the next code</source>
        <translation>%1, %2, código por contador, actívelo para el siguiente código</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/AccountDelegate.qml" line="67"/>
        <source>%1, %2, code %3, %n second(s) left</source>
        <translation>
            <numerusform>%1, %2, código %3, queda %n segundo</numerusform>
            <numerusform>%1, %2, código %3, quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="68"/>
        <source>Press Enter to copy the code, the menu key for more</source>
        <translation>Pulse Intro para copiar el código, la tecla de menú para más opciones</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="91"/>
        <source>Drag to move %1</source>
        <translation>Arrastre para mover %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="209"/>
        <source>next %1</source>
        <translation>siguiente %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="242"/>
        <source>Next code</source>
        <translation>Siguiente código</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="251"/>
        <source>More for %1</source>
        <translation>Más para %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDelegate.qml" line="169"/>
        <source>Favourite</source>
        <translation>Favorito</translation>
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
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="47"/>
        <source>Remove from favourites</source>
        <translation>Quitar de favoritos</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="47"/>
        <source>Add to favourites</source>
        <translation>Añadir a favoritos</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="68"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="69"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="72"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="82"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="84"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="85"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="86"/>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="98"/>
        <source>Change icon…</source>
        <translation>Cambiar icono…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="99"/>
        <source>Choose a service&apos;s icon, a picture or the first letter</source>
        <translation>Elija el icono de un servicio, una imagen o la primera letra</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="106"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="114"/>
        <source>Counter-based (HOTP), %1, %2 digits, next counter %3</source>
        <translation>Por contador (HOTP), %1, %2 dígitos, siguiente contador %3</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="115"/>
        <source>Steam Guard, every %1 s</source>
        <translation>Steam Guard, cada %1 s</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="116"/>
        <source>Time-based (TOTP), %1, %2 digits, every %3 s</source>
        <translation>Por tiempo (TOTP), %1, %2 dígitos, cada %3 s</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="122"/>
        <source>Added %1 · changed %2</source>
        <translation>Añadida el %1 · modificada el %2</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="134"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="155"/>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="137"/>
        <source>Anyone who sees the key can make your codes. Show it only to move the account to another device.</source>
        <translation>Cualquiera que vea la clave puede generar sus códigos. Muéstrela solo para trasladar la cuenta a otro dispositivo.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="143"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="143"/>
        <source>Show secret key…</source>
        <translation>Mostrar la clave secreta…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="162"/>
        <source>Show QR code for a phone…</source>
        <translation>Mostrar código QR para un teléfono…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="162"/>
        <source>Hide QR code</source>
        <translation>Ocultar código QR</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="167"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="180"/>
        <source>QR code of this account</source>
        <translation>Código QR de esta cuenta</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="190"/>
        <source>Recovery codes</source>
        <translation>Códigos de recuperación</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="193"/>
        <source>Services such as MyKerio or Gcore give one-time backup codes for when the authenticator is lost. Keep them here.</source>
        <translation>Servicios como MyKerio o Gcore dan códigos de respaldo de un solo uso por si se pierde el autenticador. Guárdelos aquí.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="194"/>
        <source>%1 of %2 unused</source>
        <translation>%1 de %2 sin usar</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="201"/>
        <source>Copy the next unused code</source>
        <translation>Copiar el siguiente código sin usar</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="207"/>
        <source>Hide recovery codes</source>
        <translation>Ocultar códigos de recuperación</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="207"/>
        <source>Show recovery codes</source>
        <translation>Mostrar códigos de recuperación</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="228"/>
        <source>used %1</source>
        <translation>usado el %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="236"/>
        <source>Paste new codes, one per line</source>
        <translation>Pegue los códigos nuevos, uno por línea</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="239"/>
        <source>New recovery codes</source>
        <translation>Nuevos códigos de recuperación</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="245"/>
        <source>They replace the old set</source>
        <translation>Sustituyen al juego anterior</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="250"/>
        <source>Save codes</source>
        <translation>Guardar códigos</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="256"/>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="293"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="258"/>
        <source>Delete this account…</source>
        <translation>Eliminar esta cuenta…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="270"/>
        <source>Show the secret key?</source>
        <translation>¿Mostrar la clave secreta?</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="271"/>
        <source>Make sure nobody can see your screen, and that it is not being shared or recorded.</source>
        <translation>Asegúrese de que nadie ve su pantalla y de que no se está compartiendo ni grabando.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="272"/>
        <source>Show key</source>
        <translation>Mostrar clave</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="278"/>
        <source>Show the QR code?</source>
        <translation>¿Mostrar el código QR?</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="279"/>
        <source>The code holds the secret key: anyone who sees or photographs it can make your codes. Make sure nobody can see your screen, and that it is not being shared or recorded.</source>
        <translation>El código contiene la clave secreta: cualquiera que lo vea o fotografíe puede generar sus códigos. Asegúrese de que nadie ve su pantalla y de que no se está compartiendo ni grabando.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="280"/>
        <source>Show QR code</source>
        <translation>Mostrar código QR</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="285"/>
        <source>Save the QR code in</source>
        <translation>Guardar el código QR en</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="291"/>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="292"/>
        <source>Turn off two-factor sign-in at the service first, or keep another device with this account: without it you may not be able to sign in.</source>
        <translation>Desactive antes el inicio de sesión en dos pasos en el servicio, o conserve esta cuenta en otro dispositivo: sin ella puede que no consiga iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="300"/>
        <source>Save your changes?</source>
        <translation>¿Guardar los cambios?</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="301"/>
        <source>You changed this account&apos;s details but have not saved them.</source>
        <translation>Ha cambiado los datos de esta cuenta pero no los ha guardado.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="302"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountDetailsPage.qml" line="303"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>AccountSitesSection</name>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="30"/>
        <source>Websites</source>
        <translation>Sitios web</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="32"/>
        <source>The websites where this account signs in (github.com also covers gist.github.com).</source>
        <translation>Los sitios web en los que inicia sesión esta cuenta (github.com también abarca gist.github.com).</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="51"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="61"/>
        <source>Add a website, such as github.com</source>
        <translation>Añadir un sitio web, como github.com</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="62"/>
        <source>New website</source>
        <translation>Sitio web nuevo</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountSitesSection.qml" line="70"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="12"/>
        <location filename="../../qml/accounts/AccountsPage.qml" line="191"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="34"/>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="35"/>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="49"/>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="51"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="58"/>
        <source>Sort</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="63"/>
        <source>Add account (Ctrl+N)</source>
        <translation>Añadir cuenta (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="68"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Bloquear (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="75"/>
        <source>Main menu (F10)</source>
        <translation>Menú principal (F10)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="120"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="141"/>
        <source>%1 came from another computer under another password. Merge it to keep what was changed there.</source>
        <translation>%1 llegó de otro ordenador con otra contraseña. Combínelo para conservar lo que se cambió allí.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="151"/>
        <source>Merge…</source>
        <translation>Combinar…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="254"/>
        <source>My order (drag to arrange)</source>
        <translation>Mi orden (arrastre para ordenar)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="255"/>
        <source>By issuer</source>
        <translation>Por emisor</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="256"/>
        <source>Most used</source>
        <translation>Más usadas</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="259"/>
        <source>Favourites first</source>
        <translation>Favoritas primero</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="265"/>
        <source>Compact list</source>
        <translation>Lista compacta</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="275"/>
        <location filename="../../qml/accounts/AccountsPage.qml" line="347"/>
        <source>Scan a QR code…</source>
        <translation>Escanear un código QR…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="276"/>
        <source>Export to a phone…</source>
        <translation>Exportar a un teléfono…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="278"/>
        <source>Import from another app…</source>
        <translation>Importar desde otra aplicación…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="279"/>
        <source>Back up or export to a file…</source>
        <translation>Copia de seguridad o exportar a un archivo…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="281"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="282"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="283"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="293"/>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="293"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="294"/>
        <source>Details and recovery codes…</source>
        <translation>Detalles y códigos de recuperación…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="296"/>
        <source>Remove from favourites</source>
        <translation>Quitar de favoritos</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="296"/>
        <source>Add to favourites</source>
        <translation>Añadir a favoritos</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="301"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="306"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="311"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="311"/>
        <source>Del</source>
        <translation>Supr</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="327"/>
        <source>No accounts yet</source>
        <translation>Aún no hay cuentas</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="327"/>
        <source>Nothing matches “%1”</source>
        <translation>Nada coincide con «%1»</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="337"/>
        <source>When a service such as Gcore, Kaspersky or Google turns on two-factor sign-in, it shows a QR code and a key like “JBSW Y3DP EHPK 3PXP”. Add it here with the key or the otpauth:// link, and Tessera shows the six-digit code to type.</source>
        <translation>Cuando un servicio como Gcore, Kaspersky o Google activa el inicio de sesión en dos pasos, muestra un código QR y una clave como «JBSW Y3DP EHPK 3PXP». Añádalo aquí con la clave o el enlace otpauth://, y Tessera mostrará el código de seis dígitos que hay que escribir.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="348"/>
        <source>Add your first account</source>
        <translation>Añada su primera cuenta</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="355"/>
        <source>Merge a copy from another computer</source>
        <translation>Combinar una copia de otro ordenador</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="356"/>
        <source>Type the password %1 was saved with (the vault keeps its own password).</source>
        <translation>Escriba la contraseña con la que se guardó %1 (la bóveda conserva su propia contraseña).</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="358"/>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/AccountsPage.qml" line="364"/>
        <source>The copy&apos;s password</source>
        <translation>Contraseña de la copia</translation>
    </message>
</context>
<context>
    <name>AddAccountPage</name>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="12"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="170"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="225"/>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="46"/>
        <source>Scan a QR code instead…</source>
        <translation>Mejor escanear un código QR…</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="55"/>
        <source>Enter a key</source>
        <translation>Escribir una clave</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="56"/>
        <source>Paste a link</source>
        <translation>Pegar un enlace</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="70"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="77"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="74"/>
        <source>e.g. Gcore</source>
        <translation>p. ej. Gcore</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="80"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="86"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="84"/>
        <source>e.g. you@example.com</source>
        <translation>p. ej. usted@example.com</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="89"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="97"/>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="93"/>
        <source>e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>p. ej. JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="104"/>
        <source>Spaces, hyphens and lower case are fine.</source>
        <translation>Se admiten espacios, guiones y minúsculas.</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="112"/>
        <source>Advanced: type, algorithm, digits, period</source>
        <translation>Avanzado: tipo, algoritmo, dígitos, periodo</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="119"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="124"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="122"/>
        <source>Time-based (TOTP)</source>
        <translation>Por tiempo (TOTP)</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="122"/>
        <source>Counter-based (HOTP)</source>
        <translation>Por contador (HOTP)</translation>
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
        <translation>Algoritmo</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="134"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="139"/>
        <source>Digits</source>
        <translation>Dígitos</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="141"/>
        <source>Period (seconds)</source>
        <translation>Periodo (segundos)</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="147"/>
        <source>Period in seconds</source>
        <translation>Periodo en segundos</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="149"/>
        <location filename="../../qml/add/AddAccountPage.qml" line="156"/>
        <source>Counter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="187"/>
        <source>Paste the otpauth:// link that the service offers, for example under “Can&apos;t scan the code?”.</source>
        <translation>Pegue el enlace otpauth:// que ofrece el servicio, por ejemplo en «¿No puede escanear el código?».</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="199"/>
        <source>otpauth link</source>
        <translation>Enlace otpauth</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="209"/>
        <source>%1 · %2 · %3, %4 digits</source>
        <translation>%1 · %2 · %3, %4 dígitos</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="209"/>
        <source>(no service)</source>
        <translation>(sin servicio)</translation>
    </message>
    <message>
        <location filename="../../qml/add/AddAccountPage.qml" line="209"/>
        <source>(no account)</source>
        <translation>(sin cuenta)</translation>
    </message>
</context>
<context>
    <name>AppAnswers</name>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="118"/>
        <location filename="../../core/session/app_answers.cpp" line="150"/>
        <source>the list of your accounts (names only, no codes)</source>
        <translation>la lista de sus cuentas (solo nombres, sin códigos)</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="125"/>
        <source>the code for %1</source>
        <translation>el código de %1</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="127"/>
        <source>the recovery codes of %1</source>
        <translation>los códigos de recuperación de %1</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="129"/>
        <source>a recovery code of %1 (it will be marked used)</source>
        <translation>un código de recuperación de %1 (se marcará como usado)</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="143"/>
        <source>the code for “%1”</source>
        <translation>el código de «%1»</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="145"/>
        <source>the recovery codes for “%1”</source>
        <translation>los códigos de recuperación de «%1»</translation>
    </message>
    <message>
        <location filename="../../core/session/app_answers.cpp" line="147"/>
        <source>a recovery code for “%1” (it will be marked used)</source>
        <translation>un código de recuperación de «%1» (se marcará como usado)</translation>
    </message>
</context>
<context>
    <name>AutoType</name>
    <message>
        <location filename="../../qml/desktop/linux/auto_type_linux.cpp" line="17"/>
        <source>This desktop does not let apps type into other windows.</source>
        <translation>Este escritorio no deja que las aplicaciones escriban en otras ventanas.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/other/auto_type_other.cpp" line="10"/>
        <source>Tessera cannot type into other windows here.</source>
        <translation>Tessera no puede escribir en otras ventanas aquí.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/auto_type_x11.cpp" line="44"/>
        <source>The X server does not let apps type (it has no XTEST extension).</source>
        <translation>El servidor X no deja escribir a las aplicaciones (no tiene la extensión XTEST).</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/macos/auto_type_macos.cpp" line="62"/>
        <source>macOS lets Tessera type only with the Accessibility permission: System Settings → Privacy &amp; Security → Accessibility → Tessera.</source>
        <translation>macOS solo deja escribir a Tessera con el permiso de Accesibilidad: Ajustes del Sistema → Privacidad y seguridad → Accesibilidad → Tessera.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="16"/>
        <source>Back up or export to a file</source>
        <translation>Copia de seguridad o exportar a un archivo</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="65"/>
        <source>Tessera backup</source>
        <translation>Copia de seguridad de Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="66"/>
        <source>Everything, encrypted with a password of its own: groups, notes and recovery codes too.</source>
        <translation>Todo, cifrado con una contraseña propia: también grupos, notas y códigos de recuperación.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="71"/>
        <source>Aegis (encrypted)</source>
        <translation>Aegis (cifrado)</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="72"/>
        <source>For Aegis on Android and every app that imports Aegis files.</source>
        <translation>Para Aegis en Android y cualquier aplicación que importe archivos de Aegis.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="77"/>
        <source>Aegis (not encrypted)</source>
        <translation>Aegis (sin cifrar)</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="78"/>
        <source>For apps that cannot open an encrypted Aegis file.</source>
        <translation>Para aplicaciones que no pueden abrir un archivo de Aegis cifrado.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="83"/>
        <source>otpauth:// links</source>
        <translation>Enlaces otpauth://</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="84"/>
        <source>One link per line; 2FAS, Ente, FreeOTP+, WinAuth and most apps read it.</source>
        <translation>Un enlace por línea; lo leen 2FAS, Ente, FreeOTP+, WinAuth y la mayoría de las aplicaciones.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="89"/>
        <source>Printable sheet of recovery codes</source>
        <translation>Hoja imprimible de códigos de recuperación</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="90"/>
        <source>The services&apos; backup codes, to print and keep in a drawer.</source>
        <translation>Los códigos de respaldo de los servicios, para imprimir y guardar en un cajón.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="93"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="99"/>
        <source>This file will hold your secrets unencrypted: anyone who gets it can sign in as you. Save it only where nobody else can read it, and delete it once it has been imported or printed.</source>
        <translation>Este archivo contendrá sus secretos sin cifrar: cualquiera que lo obtenga podrá iniciar sesión como usted. Guárdelo solo donde nadie más pueda leerlo y elimínelo una vez importado o impreso.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="109"/>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="115"/>
        <source>Password for the file</source>
        <translation>Contraseña del archivo</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="124"/>
        <source>The password again</source>
        <translation>La contraseña otra vez</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="131"/>
        <source>You will need this password to import the file; Tessera cannot recover it.</source>
        <translation>Necesitará esta contraseña para importar el archivo; Tessera no puede recuperarla.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="141"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="152"/>
        <source>Open the sheet to print it</source>
        <translation>Abrir la hoja para imprimirla</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/BackupPage.qml" line="169"/>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
</context>
<context>
    <name>BrowserIntegrationSection</name>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="13"/>
        <source>Browser integration</source>
        <translation>Integración con el navegador</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="15"/>
        <source>Tessera can fill sign-in codes in Chromium, Google Chrome, Microsoft Edge, Brave, Vivaldi and Firefox: connect your browsers here, then add the Tessera extension to them. Each browser is asked about once here, and each website once.</source>
        <translation>Tessera puede rellenar códigos de inicio de sesión en Chromium, Google Chrome, Microsoft Edge, Brave, Vivaldi y Firefox: conecte aquí sus navegadores y después añádales la extensión de Tessera. Se pregunta una vez aquí por cada navegador y una vez por cada sitio web.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="43"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="44"/>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="51"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="52"/>
        <source>Disconnect %1</source>
        <translation>Desconectar %1</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="60"/>
        <source>No browser was found on this computer. Start your browser once, then look here again.</source>
        <translation>No se ha encontrado ningún navegador en este ordenador. Abra su navegador una vez y vuelva a mirar aquí.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="67"/>
        <source>The extension comes from your browser&apos;s add-on store, or loads unpacked (developer mode) from:</source>
        <translation>La extensión se obtiene de la tienda de complementos de su navegador, o se carga sin empaquetar (modo de desarrollador) desde:</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="68"/>
        <source>The extension comes from your browser&apos;s add-on store.</source>
        <translation>La extensión se obtiene de la tienda de complementos de su navegador.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="86"/>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="91"/>
        <source>Look for browsers again</source>
        <translation>Buscar navegadores de nuevo</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="105"/>
        <source>Browsers allowed to ask for codes</source>
        <translation>Navegadores que pueden pedir códigos</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="115"/>
        <source>%1, allowed on %2</source>
        <translation>%1, permitido el %2</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="122"/>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="123"/>
        <source>Forget %1</source>
        <translation>Olvidar %1</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="130"/>
        <source>Websites</source>
        <translation>Sitios web</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="140"/>
        <source>%1: filled</source>
        <translation>%1: se rellena</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="140"/>
        <source>%1: never filled</source>
        <translation>%1: nunca se rellena</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="147"/>
        <source>Ask again</source>
        <translation>Volver a preguntar</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserIntegrationSection.qml" line="148"/>
        <source>Ask again about %1</source>
        <translation>Volver a preguntar por %1</translation>
    </message>
</context>
<context>
    <name>BrowserPrompt</name>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="14"/>
        <source>Tessera — allow a browser?</source>
        <translation>Tessera: ¿permitir un navegador?</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="14"/>
        <source>Tessera — fill a code?</source>
        <translation>Tessera: ¿rellenar un código?</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="58"/>
        <source>The Tessera extension in this browser asks to be paired. Once allowed, it can ask for the codes of the websites you answer Always or Once for. If you did not just ask for a code in your browser, choose Deny.</source>
        <translation>La extensión de Tessera de este navegador pide emparejarse. Una vez permitido, puede pedir los códigos de los sitios web para los que responda Siempre o Una vez. Si no acaba de pedir un código en su navegador, elija Denegar.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="61"/>
        <source>The page asks for a code. Always fills it on this site from now on (on every computer with this vault); Never stops asking.</source>
        <translation>La página pide un código. Siempre lo rellena en este sitio a partir de ahora (en todos los equipos con esta bóveda); Nunca deja de preguntar.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="73"/>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="80"/>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="86"/>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="93"/>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <location filename="../../qml/browser/BrowserPrompt.qml" line="93"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
</context>
<context>
    <name>CliAccessSection</name>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="14"/>
        <location filename="../../qml/requests/CliAccessSection.qml" line="20"/>
        <source>Let tessera-cli use the unlocked app</source>
        <translation>Dejar que tessera-cli use la aplicación desbloqueada</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="21"/>
        <source>Ask each time</source>
        <translation>Preguntar cada vez</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="21"/>
        <source>While unlocked</source>
        <translation>Mientras esté desbloqueada</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="21"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="28"/>
        <source>tessera-cli asks for the password and opens the vault file itself.</source>
        <translation>tessera-cli pide la contraseña y abre el archivo de la bóveda por sí mismo.</translation>
    </message>
    <message>
        <location filename="../../qml/requests/CliAccessSection.qml" line="29"/>
        <source>While Tessera is unlocked, tessera-cli gets codes from it without the password. Only your own programs can ask; nothing can be added, changed or exported this way.</source>
        <translation>Mientras Tessera esté desbloqueada, tessera-cli obtiene códigos de ella sin la contraseña. Solo sus propios programas pueden pedirlos; así no se puede añadir, cambiar ni exportar nada.</translation>
    </message>
</context>
<context>
    <name>ClockChip</name>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="23"/>
        <source>Clock: %1</source>
        <translation>Reloj: %1</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="74"/>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="100"/>
        <source>Correct codes</source>
        <translation>Corregir códigos</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="106"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockChip.qml" line="106"/>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <location filename="../../qml/time/ClockWarning.qml" line="45"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../qml/time/ClockWarning.qml" line="50"/>
        <source>Correct codes</source>
        <translation>Corregir códigos</translation>
    </message>
</context>
<context>
    <name>DesktopSearch</name>
    <message>
        <location filename="../../qml/desktop/linux/desktop_search_linux.cpp" line="138"/>
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="15"/>
        <source>Export to a phone</source>
        <translation>Exportar a un teléfono</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="41"/>
        <source>The codes hold the secret keys of your accounts: anyone who sees or photographs them can copy your accounts. Make sure nobody is watching and the screen is not shared or recorded.</source>
        <translation>Los códigos contienen las claves secretas de sus cuentas: cualquiera que los vea o fotografíe puede copiar sus cuentas. Asegúrese de que nadie mira y de que la pantalla no se comparte ni se graba.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="47"/>
        <source>On the phone, open Google Authenticator → Transfer accounts → Import accounts, then scan each code.</source>
        <translation>En el teléfono, abra Google Authenticator → Transferir cuentas → Importar cuentas y escanee cada código.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/ExportPage.qml" line="60"/>
        <source>Show the codes for %n account(s)</source>
        <translation>
            <numerusform>Mostrar los códigos de %n cuenta</numerusform>
            <numerusform>Mostrar los códigos de %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="60"/>
        <source>Show the codes for all accounts</source>
        <translation>Mostrar los códigos de todas las cuentas</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="78"/>
        <source>Transfer code %1</source>
        <translation>Código de transferencia %1</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="91"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="92"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="93"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ExportPage.qml" line="116"/>
        <source>Save the codes in</source>
        <translation>Guardar los códigos en</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="11"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="37"/>
        <source>Welcome to Tessera</source>
        <translation>Le damos la bienvenida a Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="43"/>
        <source>Your sign-in codes are kept in an encrypted vault on this computer. Choose a password for it — there is no way to recover the vault without it.</source>
        <translation>Sus códigos de inicio de sesión se guardan en una bóveda cifrada en este ordenador. Elija una contraseña para ella: sin ella no hay forma de recuperar la bóveda.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="50"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="52"/>
        <source>New vault password</source>
        <translation>Nueva contraseña de la bóveda</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="64"/>
        <source>Password strength</source>
        <translation>Robustez de la contraseña</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="81"/>
        <location filename="../../qml/vault/FirstRunPage.qml" line="83"/>
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="89"/>
        <source>Also unlock with the system keychain</source>
        <translation>Desbloquear también con el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="95"/>
        <source>Check this computer&apos;s clock against time servers</source>
        <translation>Comprobar el reloj de este ordenador con servidores de hora</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="101"/>
        <source>Services accept a code only when the clock is right to within about a minute. Tessera asks public time servers (pool.ntp.org and others) at start and corrects its codes if this clock is off; nothing about your accounts is sent.</source>
        <translation>Los servicios solo aceptan un código si el reloj acierta con un margen de aproximadamente un minuto. Al iniciarse, Tessera consulta servidores de hora públicos (pool.ntp.org y otros) y corrige sus códigos si el reloj va desfasado; no se envía nada sobre sus cuentas.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="122"/>
        <source>Create vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="122"/>
        <source>Create vault and import</source>
        <translation>Crear bóveda e importar</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="135"/>
        <source>Open a vault from another computer…</source>
        <translation>Abrir una bóveda de otro ordenador…</translation>
    </message>
    <message>
        <source>Open an existing vault…</source>
        <translation type="vanished">Abrir una bóveda existente…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="140"/>
        <source>Start by importing…</source>
        <translation>Empezar importando…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="147"/>
        <source>After creating the vault, Tessera opens the file to import.</source>
        <translation>Tras crear la bóveda, Tessera abre el archivo que se va a importar.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="152"/>
        <source>Vault: %1</source>
        <translation>Bóveda: %1</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="163"/>
        <source>Open a Tessera vault</source>
        <translation>Abrir una bóveda de Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="164"/>
        <source>Tessera vaults (*.tessera)</source>
        <translation>Bóvedas de Tessera (*.tessera)</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="164"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../qml/vault/FirstRunPage.qml" line="169"/>
        <source>Import another authenticator&apos;s export</source>
        <translation>Importar la exportación de otro autenticador</translation>
    </message>
</context>
<context>
    <name>FoundAccountRow</name>
    <message>
        <location filename="../../qml/add/FoundAccountRow.qml" line="22"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <location filename="../../qml/add/FoundAccountRow.qml" line="33"/>
        <source>already in Tessera</source>
        <translation>ya está en Tessera</translation>
    </message>
</context>
<context>
    <name>GlobalShortcut</name>
    <message>
        <location filename="../../qml/desktop/global_shortcut.cpp" line="17"/>
        <source>This desktop does not let apps set shortcuts. To open the quick picker with %1, add a shortcut for the command “tessera --quick” in the desktop&apos;s keyboard settings.</source>
        <translation>Este escritorio no deja que las aplicaciones definan atajos. Para abrir el selector rápido con %1, añada un atajo para la orden «tessera --quick» en la configuración de teclado del escritorio.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="99"/>
        <source>The desktop did not open a shortcut session for Tessera.</source>
        <translation>El escritorio no abrió una sesión de atajos para Tessera.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="109"/>
        <source>Open Tessera&apos;s quick picker</source>
        <translation>Abrir el selector rápido de Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="119"/>
        <source>The desktop did not grant the shortcut %1.</source>
        <translation>El escritorio no concedió el atajo %1.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_portal.cpp" line="135"/>
        <source>The desktop&apos;s shortcut portal failed: %1</source>
        <translation>El portal de atajos del escritorio falló: %1</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="48"/>
        <location filename="../../qml/desktop/macos/global_shortcut_macos.cpp" line="80"/>
        <location filename="../../qml/desktop/windows/global_shortcut_windows.cpp" line="70"/>
        <source>%1 cannot be a global shortcut: use a letter, digit or function key with modifiers.</source>
        <translation>%1 no puede ser un atajo global: use una letra, un dígito o una tecla de función con modificadores.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="52"/>
        <source>%1 alone would stop the key from working everywhere else: add Ctrl, Alt or Super.</source>
        <translation>%1 sola dejaría la tecla inservible en todas partes: añada Ctrl, Alt o Súper.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="57"/>
        <source>The keyboard layout in use has no key for %1.</source>
        <translation>La distribución de teclado en uso no tiene tecla para %1.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="67"/>
        <location filename="../../qml/desktop/macos/global_shortcut_macos.cpp" line="98"/>
        <location filename="../../qml/desktop/windows/global_shortcut_windows.cpp" line="84"/>
        <source>Another program already uses %1. Choose other keys.</source>
        <translation>Otro programa ya usa %1. Elija otras teclas.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/global_shortcut_x11.cpp" line="68"/>
        <source>The X server refused the shortcut %1.</source>
        <translation>El servidor X rechazó el atajo %1.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/macos/global_shortcut_macos.cpp" line="99"/>
        <source>macOS refused the shortcut %1.</source>
        <translation>macOS rechazó el atajo %1.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/windows/global_shortcut_windows.cpp" line="85"/>
        <source>Windows refused the shortcut %1.</source>
        <translation>Windows rechazó el atajo %1.</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../qml/components/HeaderBar.qml" line="29"/>
        <source>Back (Esc)</source>
        <translation>Atrás (Esc)</translation>
    </message>
</context>
<context>
    <name>IconChooser</name>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="19"/>
        <source>Icon for %1</source>
        <translation>Icono para %1</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="19"/>
        <source>this account</source>
        <translation>esta cuenta</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="20"/>
        <source>Use this icon</source>
        <translation>Usar este icono</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="37"/>
        <location filename="../../qml/accounts/IconChooser.qml" line="38"/>
        <source>Search icons by service</source>
        <translation>Buscar iconos por servicio</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="53"/>
        <source>Service icons</source>
        <translation>Iconos de servicios</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="102"/>
        <source>No service&apos;s icon matches “%1”.</source>
        <translation>Ningún icono de servicio coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="111"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="118"/>
        <source>First letter</source>
        <translation>Primera letra</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="125"/>
        <source>Picture file…</source>
        <translation>Archivo de imagen…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="141"/>
        <source>Icons: your icon packs and Simple Icons (CC0). Brand icons are trademarks of their owners.</source>
        <translation>Iconos: sus paquetes de iconos y Simple Icons (CC0). Los iconos de marca son marcas de sus propietarios.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="142"/>
        <source>Icons: Simple Icons (CC0). Brand icons are trademarks of their owners.</source>
        <translation>Iconos: Simple Icons (CC0). Los iconos de marca son marcas de sus propietarios.</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="151"/>
        <source>Choose a picture for the account&apos;s icon</source>
        <translation>Elija una imagen para el icono de la cuenta</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="152"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconChooser.qml" line="152"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>IconPacksSection</name>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="13"/>
        <source>Service icons</source>
        <translation>Iconos de servicios</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="15"/>
        <source>Accounts show their service&apos;s icon from Simple Icons. An Aegis icon pack (a ZIP file with pack.json) adds icons of its own to choose from.</source>
        <translation>Las cuentas muestran el icono de su servicio de Simple Icons. Un paquete de iconos de Aegis (un archivo ZIP con pack.json) añade iconos propios para elegir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/IconPacksSection.qml" line="26"/>
        <source>%1, version %2: %n icon(s)</source>
        <translation>
            <numerusform>%1, versión %2: %n icono</numerusform>
            <numerusform>%1, versión %2: %n iconos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="34"/>
        <source>Remove the icon pack “%1”</source>
        <translation>Quitar el paquete de iconos «%1»</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="44"/>
        <source>Add an Aegis icon pack…</source>
        <translation>Añadir un paquete de iconos de Aegis…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/IconPacksSection.qml" line="52"/>
        <source>Use pack icons for %n account(s)</source>
        <translation>
            <numerusform>Usar iconos del paquete para %n cuenta</numerusform>
            <numerusform>Usar iconos del paquete para %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="59"/>
        <source>Reading the icon pack…</source>
        <translation>Leyendo el paquete de iconos…</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="68"/>
        <source>Add an Aegis icon pack</source>
        <translation>Añadir un paquete de iconos de Aegis</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="70"/>
        <source>Icon packs (*.zip)</source>
        <translation>Paquetes de iconos (*.zip)</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/IconPacksSection.qml" line="70"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="12"/>
        <source>Import from another app</source>
        <translation>Importar desde otra aplicación</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="52"/>
        <source>Export your accounts from the other app first, then open the file here or drop it on this window. Tessera recognises Aegis, 2FAS, andOTP, FreeOTP and FreeOTP+, Bitwarden, Ente Auth, Stratum (Authenticator Pro), OTPClient, Authy, LastPass, Proton Authenticator, TOTP Authenticator, Steam Guard, Duo, Google Authenticator transfer links, otpauth:// lists (WinAuth and others) and Tessera backups.</source>
        <translation>Exporte primero sus cuentas desde la otra aplicación y luego abra el archivo aquí o suéltelo en esta ventana. Tessera reconoce Aegis, 2FAS, andOTP, FreeOTP y FreeOTP+, Bitwarden, Ente Auth, Stratum (Authenticator Pro), OTPClient, Authy, LastPass, Proton Authenticator, TOTP Authenticator, Steam Guard, Duo, enlaces de transferencia de Google Authenticator, listas otpauth:// (WinAuth y otras) y copias de seguridad de Tessera.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="59"/>
        <source>Choose a file… (Ctrl+O)</source>
        <translation>Elegir un archivo… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="69"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="71"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="77"/>
        <source>Recognise it (%1)</source>
        <translation>Reconocerlo (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="77"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="80"/>
        <source>Format of the file</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="90"/>
        <source>Password of the exported file</source>
        <translation>Contraseña del archivo exportado</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="98"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="108"/>
        <source>Reading the file; an encrypted one can take a few seconds…</source>
        <translation>Leyendo el archivo; uno cifrado puede tardar unos segundos…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="111"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="127"/>
        <source>In the %1 file</source>
        <translation>En el archivo de %1</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="132"/>
        <location filename="../../qml/transfer/ImportPage.qml" line="160"/>
        <source>Tessera already has this account.</source>
        <translation>Tessera ya tiene esta cuenta.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="132"/>
        <location filename="../../qml/transfer/ImportPage.qml" line="160"/>
        <source>Tessera already has all of these accounts.</source>
        <translation>Tessera ya tiene todas estas cuentas.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="139"/>
        <source>Choose all</source>
        <translation>Elegir todas</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="140"/>
        <source>Choose none</source>
        <translation>No elegir ninguna</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="170"/>
        <source>Nothing new to add</source>
        <translation>Nada nuevo que añadir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/ImportPage.qml" line="170"/>
        <source>Add %n account(s)</source>
        <translation>
            <numerusform>Añadir %n cuenta</numerusform>
            <numerusform>Añadir %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="175"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/ImportPage.qml" line="183"/>
        <source>Open an export of another authenticator</source>
        <translation>Abrir la exportación de otro autenticador</translation>
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
        <translation>Bloqueado — Tessera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Main.qml" line="91"/>
        <source>Added %n account(s)</source>
        <translation>
            <numerusform>%n cuenta añadida</numerusform>
            <numerusform>%n cuentas añadidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="107"/>
        <source>Added %1</source>
        <translation>Añadido %1</translation>
    </message>
</context>
<context>
    <name>ModalDialog</name>
    <message>
        <location filename="../../qml/components/ModalDialog.qml" line="12"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../qml/components/ModalDialog.qml" line="13"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../qml/components/PasswordField.qml" line="21"/>
        <source>Hide password</source>
        <translation>Ocultar contraseña</translation>
    </message>
    <message>
        <location filename="../../qml/components/PasswordField.qml" line="21"/>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
</context>
<context>
    <name>PinSection</name>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="14"/>
        <source>Quick unlock with a PIN: on until Tessera quits</source>
        <translation>Desbloqueo rápido con PIN: activo hasta cerrar Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="15"/>
        <source>Quick unlock with a PIN</source>
        <translation>Desbloqueo rápido con PIN</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="21"/>
        <source>Change PIN…</source>
        <translation>Cambiar el PIN…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="21"/>
        <source>Set a PIN…</source>
        <translation>Establecer un PIN…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="29"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="34"/>
        <source>After an automatic lock (idle time, screen lock) a PIN of 4 to 8 digits unlocks Tessera instead of the password. It is kept in memory only, for this run: locking by hand, quitting or three wrong PINs forget it.</source>
        <translation>Tras un bloqueo automático (inactividad, bloqueo de pantalla), un PIN de 4 a 8 dígitos desbloquea Tessera en lugar de la contraseña. Solo se guarda en memoria, para esta ejecución: bloquear a mano, salir o tres PIN erróneos lo olvidan.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="54"/>
        <source>Set a PIN</source>
        <translation>Establecer un PIN</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="55"/>
        <source>Set PIN</source>
        <translation>Establecer PIN</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="62"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (de 4 a 8 dígitos)</translation>
    </message>
    <message>
        <location filename="../../qml/vault/PinSection.qml" line="71"/>
        <source>The same PIN again</source>
        <translation>El mismo PIN otra vez</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../qml/desktop/linux/autostart_xdg.cpp" line="81"/>
        <source>Start Tessera when you log in</source>
        <translation>Iniciar Tessera al iniciar sesión</translation>
    </message>
</context>
<context>
    <name>QuickAccessSection</name>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="15"/>
        <source>Quick access</source>
        <translation>Acceso rápido</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="18"/>
        <source>Press %1 anywhere to pick a code: type to search, Enter copies it, Shift+Enter types it into the window you were in.</source>
        <translation>Pulse %1 en cualquier lugar para elegir un código: escriba para buscar, Intro lo copia y Mayús+Intro lo escribe en la ventana en la que estaba.</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="20"/>
        <source>The quick picker opens with a shortcut you choose, or with the command “tessera --quick”.</source>
        <translation>El selector rápido se abre con un atajo que usted elija o con la orden «tessera --quick».</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="26"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="30"/>
        <source>Press the keys…</source>
        <translation>Pulse las teclas…</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="31"/>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="33"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="32"/>
        <source>Shortcut for the quick picker: %1. Press to choose other keys</source>
        <translation>Atajo del selector rápido: %1. Pulse para elegir otras teclas</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="52"/>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="59"/>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickAccessSection.qml" line="75"/>
        <source>Shift+Enter copies the code here instead of typing it: %1</source>
        <translation>Aquí Mayús+Intro copia el código en lugar de escribirlo: %1</translation>
    </message>
</context>
<context>
    <name>QuickPicker</name>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="12"/>
        <source>Tessera quick picker</source>
        <translation>Selector rápido de Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="82"/>
        <source>Unlock Tessera to pick a code</source>
        <translation>Desbloquee Tessera para elegir un código</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="93"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="93"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="109"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="121"/>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="145"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="155"/>
        <source>No accounts yet.</source>
        <translation>Aún no hay cuentas.</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="155"/>
        <source>No account matches “%1”.</source>
        <translation>Ninguna cuenta coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="169"/>
        <source>Enter copies · Shift+Enter types it · Esc closes</source>
        <translation>Intro copia · Mayús+Intro escribe · Esc cierra</translation>
    </message>
    <message>
        <location filename="../../qml/quick/QuickPicker.qml" line="170"/>
        <source>Enter copies · Esc closes</source>
        <translation>Intro copia · Esc cierra</translation>
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
        <translation>Pulse Intro para copiar el código</translation>
    </message>
</context>
<context>
    <name>RequestPrompt</name>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="15"/>
        <source>Tessera — allow tessera-cli?</source>
        <translation>Tessera: ¿permitir tessera-cli?</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="64"/>
        <source>Tessera is locked. Your PIN unlocks it and allows this request; if you did not just run tessera-cli, choose Deny.</source>
        <translation>Tessera está bloqueado. Su PIN lo desbloquea y permite esta solicitud; si no acaba de ejecutar tessera-cli, elija Denegar.</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="66"/>
        <source>If you did not just run tessera-cli, choose Deny.</source>
        <translation>Si no acaba de ejecutar tessera-cli, elija Denegar.</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="75"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="90"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="101"/>
        <source>Unlock and allow once</source>
        <translation>Desbloquear y permitir una vez</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="109"/>
        <source>Allow once</source>
        <translation>Permitir una vez</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="115"/>
        <source>Allow for 10 minutes</source>
        <translation>Permitir 10 minutos</translation>
    </message>
    <message>
        <location filename="../../qml/requests/RequestPrompt.qml" line="122"/>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="15"/>
        <source>Scan a QR code</source>
        <translation>Escanear un código QR</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="56"/>
        <source>Open a picture of the service&apos;s QR code, paste it, take it from the screen or hold it up to the camera. A Google Authenticator export works too — scan each of its codes. You can also drop pictures on this page.</source>
        <translation>Abra una imagen del código QR del servicio, péguela, tómela de la pantalla o muéstrela a la cámara. También sirve una exportación de Google Authenticator: escanee cada uno de sus códigos. También puede soltar imágenes en esta página.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="64"/>
        <source>Open picture…</source>
        <translation>Abrir imagen…</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="64"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="65"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="65"/>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="66"/>
        <source>From the screen</source>
        <translation>Desde la pantalla</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="69"/>
        <source>Stop camera</source>
        <translation>Detener la cámara</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="69"/>
        <location filename="../../qml/add/ScanPage.qml" line="84"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="110"/>
        <source>The camera could not be used: %1. Check that no other program uses it and that Tessera may access it.</source>
        <translation>No se pudo usar la cámara: %1. Compruebe que ningún otro programa la está usando y que Tessera tiene acceso a ella.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="111"/>
        <source>No camera found. Connect one, or open a picture of the code instead.</source>
        <translation>No se encontró ninguna cámara. Conecte una, o abra en su lugar una imagen del código.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="119"/>
        <source>Hold the code steady in front of the camera; it stops by itself once the code is read.</source>
        <translation>Mantenga el código quieto delante de la cámara; se detiene sola cuando lo ha leído.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="128"/>
        <source>Reading the picture…</source>
        <translation>Leyendo la imagen…</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="131"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="153"/>
        <source>Found</source>
        <translation>Encontradas</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="171"/>
        <source>Tessera already has this account.</source>
        <translation>Tessera ya tiene esta cuenta.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="171"/>
        <source>Tessera already has all of these accounts.</source>
        <translation>Tessera ya tiene todas estas cuentas.</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="181"/>
        <source>Nothing new to add</source>
        <translation>Nada nuevo que añadir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/add/ScanPage.qml" line="181"/>
        <source>Add %n account(s)</source>
        <translation>
            <numerusform>Añadir %n cuenta</numerusform>
            <numerusform>Añadir %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="186"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="194"/>
        <source>Open a picture of the QR code</source>
        <translation>Abrir una imagen del código QR</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="196"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../qml/add/ScanPage.qml" line="196"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../qml/components/SearchField.qml" line="27"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="13"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="36"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="39"/>
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="43"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="60"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="43"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="45"/>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear tras estos minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="49"/>
        <source>Lock when the screen locks</source>
        <translation>Bloquear cuando se bloquee la pantalla</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="56"/>
        <source>Clear copied codes after</source>
        <translation>Borrar los códigos copiados tras</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="60"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="62"/>
        <source>Clear the clipboard after this many seconds</source>
        <translation>Borrar el portapapeles tras estos segundos</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="68"/>
        <source>Unlock with the system keychain</source>
        <translation>Desbloquear con el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="81"/>
        <source>Change password…</source>
        <translation>Cambiar contraseña…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="82"/>
        <source>Password changed.</source>
        <translation>Contraseña cambiada.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="85"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="88"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="94"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="91"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="104"/>
        <source>Like the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="91"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="91"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="99"/>
        <location filename="../../qml/settings/SettingsPage.qml" line="109"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="113"/>
        <source>Closing the window keeps Tessera in the tray</source>
        <translation>Al cerrar la ventana, Tessera sigue en la bandeja</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="118"/>
        <source>Start Tessera in the tray when I log in</source>
        <translation>Iniciar Tessera en la bandeja al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="132"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="134"/>
        <source>Every change keeps the previous vault (the newest 10) in:</source>
        <translation>Cada cambio conserva la bóveda anterior (las 10 más recientes) en:</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="148"/>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="153"/>
        <source>Restore a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="159"/>
        <source>A second folder (a USB stick, another sync folder) can receive an encrypted copy after each change.</source>
        <translation>Una segunda carpeta (una memoria USB, otra carpeta sincronizada) puede recibir una copia cifrada tras cada cambio.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="160"/>
        <source>An encrypted copy also goes to: %1</source>
        <translation>También se guarda una copia cifrada en: %1</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="167"/>
        <source>The last copy could not go there: %1</source>
        <translation>La última copia no se pudo guardar allí: %1</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="176"/>
        <source>Choose a second folder…</source>
        <translation>Elegir una segunda carpeta…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="176"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="181"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="190"/>
        <source>Several computers</source>
        <translation>Varios ordenadores</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="192"/>
        <source>Keep the vault in a folder a sync tool shares (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) and open it on each computer: changes made on both are merged, and the copies a sync tool leaves beside it are merged too.</source>
        <translation>Guarde la bóveda en una carpeta que comparta una herramienta de sincronización (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) y ábrala en cada ordenador: los cambios hechos en ambos se combinan, y también las copias que la herramienta deja junto a ella.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="200"/>
        <source>Move to another folder…</source>
        <translation>Mover a otra carpeta…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="211"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="213"/>
        <source>Services accept a code only when this computer&apos;s clock is right to within about half a minute. Tessera measures the clock against time servers and corrects the codes; the system clock is left as it is.</source>
        <translation>Los servicios solo aceptan un código si el reloj de este ordenador acierta con un margen de aproximadamente medio minuto. Tessera mide el reloj con servidores de hora y corrige los códigos; el reloj del sistema no se toca.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="223"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="223"/>
        <source>Sync now</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="258"/>
        <source>Correct codes with the measured time</source>
        <translation>Corregir los códigos con la hora medida</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="263"/>
        <source>Check the clock when Tessera starts</source>
        <translation>Comprobar el reloj al iniciar Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="269"/>
        <source>Shift codes by hand</source>
        <translation>Desplazar los códigos a mano</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="275"/>
        <source>seconds, e.g. 30 or -12.5</source>
        <translation>segundos, p. ej. 30 o -12.5</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="276"/>
        <source>Offset in seconds</source>
        <translation>Desfase en segundos</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="283"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="289"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="290"/>
        <source>Forget the correction: codes use the system clock</source>
        <translation>Olvidar la corrección: los códigos usan el reloj del sistema</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="294"/>
        <source>Time servers, one per line (HOST or HOST:PORT)</source>
        <translation>Servidores de hora, uno por línea (HOST o HOST:PUERTO)</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="300"/>
        <source>Time servers</source>
        <translation>Servidores de hora</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="304"/>
        <source>Where time servers are blocked, use the time of this web address</source>
        <translation>Donde los servidores de hora estén bloqueados, usar la hora de esta dirección web</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="311"/>
        <source>https://… (empty: no fallback)</source>
        <translation>https://… (vacío: sin alternativa)</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="314"/>
        <source>Fallback web address</source>
        <translation>Dirección web alternativa</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="326"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="327"/>
        <source>Tessera %1 — licensed under the GNU GPL, version 3 or later.</source>
        <translation>Tessera %1 — con licencia GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="331"/>
        <source>Service icons: %1 (simpleicons.org, CC0). Brand icons are trademarks of their respective owners; their use does not imply endorsement.</source>
        <translation>Iconos de servicios: %1 (simpleicons.org, CC0). Los iconos de marca son marcas de sus respectivos propietarios; su uso no implica respaldo.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="336"/>
        <source>Vault: %1</source>
        <translation>Bóveda: %1</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="343"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="345"/>
        <source>Tessera vaults (*.tessera)</source>
        <translation>Bóvedas de Tessera (*.tessera)</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="345"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="351"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="352"/>
        <source>The accounts become those of the backup, on this computer and on every computer that shares the vault. The vault as it is now is kept in the backups.</source>
        <translation>Las cuentas pasan a ser las de la copia de seguridad, en este ordenador y en todos los que comparten la bóveda. La bóveda tal como está ahora se guarda entre las copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="354"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="359"/>
        <source>A second folder for backups</source>
        <translation>Una segunda carpeta para copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="364"/>
        <source>Move the vault to a folder</source>
        <translation>Mover la bóveda a una carpeta</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="371"/>
        <source>Change the vault password</source>
        <translation>Cambiar la contraseña de la bóveda</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="372"/>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="376"/>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="377"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="379"/>
        <source>Repeat the new password</source>
        <translation>Repita la nueva contraseña</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../qml/components/Toast.qml" line="53"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../qml/components/Toast.qml" line="59"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="11"/>
        <location filename="../../qml/vault/UnlockPage.qml" line="108"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="26"/>
        <source>Tessera is locked</source>
        <translation>Tessera está bloqueado</translation>
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
        <translation>Contraseña de la bóveda</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="89"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="94"/>
        <source>Use keychain</source>
        <translation>Usar el llavero</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="101"/>
        <source>Use the password</source>
        <translation>Usar la contraseña</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="116"/>
        <source>Open another vault…</source>
        <translation>Abrir otra bóveda…</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="125"/>
        <source>Open a Tessera vault</source>
        <translation>Abrir una bóveda de Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="126"/>
        <source>Tessera vaults (*.tessera)</source>
        <translation>Bóvedas de Tessera (*.tessera)</translation>
    </message>
    <message>
        <location filename="../../qml/vault/UnlockPage.qml" line="126"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>tessera::Error</name>
    <message>
        <location filename="../../core/common/error_text.cpp" line="27"/>
        <source>The secret key is not valid Base32: &apos;%1&apos; at position %2 is not a letter A-Z or a digit 2-7; check the key for typos.</source>
        <translation>La clave secreta no es Base32 válido: «%1» en la posición %2 no es una letra A-Z ni un dígito 2-7; revise la clave por si hay erratas.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="32"/>
        <source>The secret key is not valid %1; the file may be damaged.</source>
        <translation>La clave secreta no es %1 válido; puede que el archivo esté dañado.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="34"/>
        <source>The secret key is empty or too short; copy the whole key the service shows.</source>
        <translation>La clave secreta está vacía o es demasiado corta; copie la clave entera que muestra el servicio.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="36"/>
        <source>The link is longer than 64 KiB and was refused; an otpauth:// link is never that long.</source>
        <translation>El enlace supera 64 KiB y se ha rechazado; un enlace otpauth:// nunca es tan largo.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="39"/>
        <source>This is not an otpauth:// link; give the link the service shows for authenticator apps.</source>
        <translation>Esto no es un enlace otpauth://; use el enlace que el servicio muestra para aplicaciones de autenticación.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="40"/>
        <source>This holds a &apos;%1&apos; link, not an otpauth:// authenticator link.</source>
        <translation>Esto contiene un enlace «%1», no un enlace de autenticación otpauth://.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="42"/>
        <source>The otpauth:// link is malformed (%1); copy the whole link again.</source>
        <translation>El enlace otpauth:// está mal formado (%1); copie de nuevo el enlace completo.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="44"/>
        <source>The otpauth:// link has type &apos;%1&apos;; only totp, hotp and steam are supported.</source>
        <translation>El enlace otpauth:// es de tipo «%1»; solo se admiten totp, hotp y steam.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="46"/>
        <source>The otpauth:// link has no secret parameter; copy the whole link again.</source>
        <translation>El enlace otpauth:// no tiene parámetro secret; copie de nuevo el enlace completo.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="48"/>
        <source>The otpauth:// link has a broken percent-encoding in %1; copy the whole link again.</source>
        <translation>El enlace otpauth:// tiene una codificación porcentual rota en %1; copie de nuevo el enlace completo.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="51"/>
        <source>The HOTP link has no counter parameter; add counter=0 if the service gave none.</source>
        <translation>El enlace HOTP no tiene parámetro counter; añada counter=0 si el servicio no dio ninguno.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="53"/>
        <source>&apos;%1&apos; digits is not supported; use 6 to 10 digits.</source>
        <translation>No se admiten «%1» dígitos; use de 6 a 10 dígitos.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="55"/>
        <source>The period &apos;%1&apos; is not valid; use a whole number of seconds, at least 1.</source>
        <translation>El periodo «%1» no es válido; use un número entero de segundos, al menos 1.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="57"/>
        <source>The counter &apos;%1&apos; is not valid; use a whole number from 0 to 18446744073709551615.</source>
        <translation>El contador «%1» no es válido; use un número entero de 0 a 18446744073709551615.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="60"/>
        <source>The algorithm &apos;%1&apos; is not supported; use SHA1, SHA256 or SHA512.</source>
        <translation>El algoritmo «%1» no se admite; use SHA1, SHA256 o SHA512.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="62"/>
        <source>The type &apos;%1&apos; is not supported; use totp, hotp or steam.</source>
        <translation>El tipo «%1» no se admite; use totp, hotp o steam.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="64"/>
        <source>The time &apos;%1&apos; is not valid; give whole seconds since 1970-01-01 UTC.</source>
        <translation>La hora «%1» no es válida; indique segundos enteros desde 1970-01-01 UTC.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="66"/>
        <source>No account matches &apos;%1&apos;; &apos;tessera-cli list&apos; shows them all.</source>
        <translation>Ninguna cuenta coincide con «%1»; «tessera-cli list» las muestra todas.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="68"/>
        <source>&apos;%1&apos; matches %2 accounts (%3); give more of the issuer or name, or Issuer:Name.</source>
        <translation>«%1» coincide con %2 cuentas (%3); indique más del emisor o del nombre, o Emisor:Nombre.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="73"/>
        <source>%1 has no unused recovery codes left; get a new set from the service and add it.</source>
        <translation>A %1 no le quedan códigos de recuperación sin usar; pida un juego nuevo al servicio y añádalo.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="75"/>
        <source>A recovery code is empty or longer than 256 characters; give each code as the service shows it.</source>
        <translation>Un código de recuperación está vacío o tiene más de 256 caracteres; escriba cada código tal como lo muestra el servicio.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="77"/>
        <source>Give the service or the account a name.</source>
        <translation>Dé un nombre al servicio o a la cuenta.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="79"/>
        <source>The password is empty; choose a password to protect the vault.</source>
        <translation>La contraseña está vacía; elija una contraseña para proteger la bóveda.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="81"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden; escriba la misma contraseña dos veces.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="83"/>
        <source>The vault needs its password; give it with --password-stdin or run in a terminal to be asked.</source>
        <translation>La bóveda necesita su contraseña; pásela con --password-stdin o ejecútelo en un terminal para que se le pida.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="85"/>
        <source>&apos;%1&apos; is not a time server address; write HOST or HOST:PORT, e.g. pool.ntp.org or 10.0.0.1:123.</source>
        <translation>«%1» no es una dirección de servidor de hora; escriba HOST o HOST:PUERTO, p. ej. pool.ntp.org o 10.0.0.1:123.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="88"/>
        <source>&apos;%1&apos; is not an https:// address; the time fallback needs a web address starting with https://.</source>
        <translation>«%1» no es una dirección https://; la hora alternativa necesita una dirección web que empiece por https://.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="91"/>
        <source>&apos;%1&apos; is not a website; give its address, such as github.com.</source>
        <translation>«%1» no es un sitio web; indique su dirección, como github.com.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="93"/>
        <source>&apos;%1&apos; is shared by many unrelated websites; give the site itself, such as example.co.uk.</source>
        <translation>«%1» lo comparten muchos sitios web ajenos; indique el sitio en sí, como example.co.uk.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="96"/>
        <source>%1 is not among this account&apos;s websites.</source>
        <translation>%1 no está entre los sitios web de esta cuenta.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="98"/>
        <source>The offset &apos;%1&apos; is not valid; give seconds, e.g. 92.5 or -30, within 50 years.</source>
        <translation>El desfase «%1» no es válido; indique segundos, p. ej. 92.5 o -30, dentro de 50 años.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="100"/>
        <source>No QR code was found in the picture; make sure the whole code is visible, sharp and not cut off.</source>
        <translation>No se encontró ningún código QR en la imagen; asegúrese de que el código se ve entero, nítido y sin recortar.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="103"/>
        <source>This QR code holds a web address, not an authenticator account.</source>
        <translation>Este código QR contiene una dirección web, no una cuenta de autenticación.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="105"/>
        <source>This QR code holds a Wi-Fi network, not an authenticator account.</source>
        <translation>Este código QR contiene una red Wi-Fi, no una cuenta de autenticación.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="107"/>
        <source>This QR code holds an e-mail address, not an authenticator account.</source>
        <translation>Este código QR contiene una dirección de correo, no una cuenta de autenticación.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="109"/>
        <source>This QR code holds a phone number, not an authenticator account.</source>
        <translation>Este código QR contiene un número de teléfono, no una cuenta de autenticación.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="111"/>
        <source>This QR code holds a contact card, not an authenticator account.</source>
        <translation>Este código QR contiene una tarjeta de contacto, no una cuenta de autenticación.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="112"/>
        <source>This QR code holds plain text, not an authenticator account.</source>
        <translation>Este código QR contiene texto sin formato, no una cuenta de autenticación.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="114"/>
        <source>%1 bytes do not fit in one QR code; export fewer accounts per code.</source>
        <translation>%1 bytes no caben en un solo código QR; exporte menos cuentas por código.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="116"/>
        <source>Could not read %1 as a picture; use a PNG, JPEG, BMP or GIF file.</source>
        <translation>No se pudo leer %1 como imagen; use un archivo PNG, JPEG, BMP o GIF.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="118"/>
        <source>This picture is larger than %1 KiB; choose a smaller one for an account&apos;s icon.</source>
        <translation>Esta imagen supera %1 KiB; elija una más pequeña para el icono de una cuenta.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="120"/>
        <source>This file is not a PNG, JPEG, GIF, WebP or SVG picture.</source>
        <translation>Este archivo no es una imagen PNG, JPEG, GIF, WebP ni SVG.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="122"/>
        <source>This is not an Aegis icon pack (%1); nothing was added.</source>
        <translation>Esto no es un paquete de iconos de Aegis (%1); no se ha añadido nada.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="124"/>
        <source>This ZIP archive cannot be read (%1).</source>
        <translation>Este archivo ZIP no se puede leer (%1).</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="126"/>
        <source>%1 in this ZIP archive is larger than Tessera reads.</source>
        <translation>%1 de este archivo ZIP es más grande de lo que Tessera lee.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="128"/>
        <source>Could not take a picture of the screen (%1); save a screenshot and open it instead.</source>
        <translation>No se pudo capturar la pantalla (%1); guarde una captura de pantalla y ábrala.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="131"/>
        <source>This file is not an export Tessera knows; choose its format, or export again from the other app as Aegis JSON or an otpauth:// list.</source>
        <translation>Este archivo no es una exportación que Tessera conozca; elija su formato, o exporte de nuevo desde la otra aplicación como JSON de Aegis o lista otpauth://.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="133"/>
        <source>&apos;%1&apos; is not an import format Tessera knows; see &apos;tessera-cli import --help&apos; for the list.</source>
        <translation>«%1» no es un formato de importación que Tessera conozca; consulte «tessera-cli import --help» para ver la lista.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="137"/>
        <source>This %1 file is damaged or incomplete (%2); nothing was imported. Export it again.</source>
        <translation>Este archivo de %1 está dañado o incompleto (%2); no se ha importado nada. Expórtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="141"/>
        <source>This %1 file is encrypted; give the password it was exported with.</source>
        <translation>Este archivo de %1 está cifrado; indique la contraseña con la que se exportó.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="145"/>
        <source>This file cannot be imported: %1.</source>
        <translation>Este archivo no se puede importar: %1.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="146"/>
        <source>This %1 file cannot be imported: %2.</source>
        <translation>Este archivo de %1 no se puede importar: %2.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="150"/>
        <source>The file holds no accounts; nothing was imported.</source>
        <translation>El archivo no contiene cuentas; no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="151"/>
        <source>No account in the file could be read (%1); nothing was imported.</source>
        <translation>No se pudo leer ninguna cuenta del archivo (%1); no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="153"/>
        <source>An encrypted export needs a password: give it with --export-password-file, or choose a plain export on purpose.</source>
        <translation>Una exportación cifrada necesita contraseña: pásela con --export-password-file, o elija a propósito una exportación sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="157"/>
        <source>No account has recovery codes yet; add a service&apos;s backup codes to its account first.</source>
        <translation>Ninguna cuenta tiene aún códigos de recuperación; añada primero los códigos de respaldo de un servicio a su cuenta.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="158"/>
        <source>There is nothing to export; the vault has no accounts.</source>
        <translation>No hay nada que exportar; la bóveda no tiene cuentas.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="162"/>
        <source>This Google Authenticator export has %1 QR codes and parts %2 are still missing; scan every code the phone shows.</source>
        <translation>Esta exportación de Google Authenticator tiene %1 códigos QR y aún faltan las partes %2; escanee cada código que muestre el teléfono.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="165"/>
        <source>This Google Authenticator export has %1 QR codes and part %2 is still missing; scan every code the phone shows.</source>
        <translation>Esta exportación de Google Authenticator tiene %1 códigos QR y aún falta la parte %2; escanee cada código que muestre el teléfono.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="170"/>
        <source>Wrong password; the vault was not changed.</source>
        <translation>Contraseña incorrecta; la bóveda no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="172"/>
        <source>Wrong password for this %1 file; nothing was imported. Use the password you chose when you exported it.</source>
        <translation>Contraseña incorrecta para este archivo de %1; no se ha importado nada. Use la contraseña que eligió al exportarlo.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="176"/>
        <source>The vault file is damaged (%1) and was left untouched; restore a copy from its backups folder.</source>
        <translation>El archivo de la bóveda está dañado (%1) y no se ha tocado; restaure una copia desde su carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="179"/>
        <source>The vault was written by a newer Tessera (format %1) and was left untouched; update Tessera.</source>
        <translation>La bóveda la escribió un Tessera más reciente (formato %1) y no se ha tocado; actualice Tessera.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="182"/>
        <source>A vault already exists at %1; choose another path with --vault.</source>
        <translation>Ya existe una bóveda en %1; elija otra ruta con --vault.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="184"/>
        <source>There is no vault at %1; create one with &apos;tessera-cli init&apos; or give its path with --vault.</source>
        <translation>No hay ninguna bóveda en %1; cree una con «tessera-cli init» o indique su ruta con --vault.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="187"/>
        <source>The file at %1 is now a different vault; open it again.</source>
        <translation>El archivo en %1 es ahora otra bóveda; ábralo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="189"/>
        <source>%1 lacks changes this computer has already seen: it is an older copy (a backup put back, or a sync that has not finished), so nothing was written. Merge a newer copy with &apos;tessera-cli merge FILE&apos;, or make this copy the vault on purpose with &apos;tessera-cli restore FILE&apos;.</source>
        <translation>A %1 le faltan cambios que este ordenador ya vio: es una copia más antigua (una copia de seguridad repuesta o una sincronización sin terminar), así que no se escribió nada. Combine una copia más reciente con &apos;tessera-cli merge ARCHIVO&apos;, o convierta esta copia en la bóveda a propósito con &apos;tessera-cli restore ARCHIVO&apos;.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="194"/>
        <source>%1 is not a copy of this vault; only copies of the same vault (or its backups) can be merged.</source>
        <translation>%1 no es una copia de esta bóveda; solo se pueden combinar copias de la misma bóveda (o sus copias de seguridad).</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="197"/>
        <source>The vault&apos;s password was changed on another computer; unlock %1 with the new password.</source>
        <translation>La contraseña de la bóveda se cambió en otro ordenador; desbloquee %1 con la nueva contraseña.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="200"/>
        <source>The vault is being re-encrypted for the new password; try again in a moment.</source>
        <translation>La bóveda se está volviendo a cifrar para la nueva contraseña; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="202"/>
        <source>Another program is saving the vault %1; try again in a moment.</source>
        <translation>Otro programa está guardando la bóveda %1; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="204"/>
        <source>Could not read or write %1; check the disk and the permissions.</source>
        <translation>No se pudo leer ni escribir %1; compruebe el disco y los permisos.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="206"/>
        <source>The disk is full: %1 could not be written, and nothing was changed. Free some space and try again.</source>
        <translation>El disco está lleno: no se pudo escribir %1 y no se ha cambiado nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="209"/>
        <source>The folder %1 is read-only or not yours, so nothing was changed. Make it writable, or keep the vault in a folder you can write to.</source>
        <translation>La carpeta %1 es de solo lectura o no es suya, así que no se ha cambiado nada. Permita escribir en ella, o guarde la bóveda en una carpeta donde pueda escribir.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="212"/>
        <source>Not enough memory for %1; close other programs and try again.</source>
        <translation>No hay memoria suficiente para %1; cierre otros programas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="214"/>
        <source>The system keychain is not available (%1); unlock with the password instead.</source>
        <translation>El llavero del sistema no está disponible (%1); desbloquee con la contraseña.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="216"/>
        <source>The system keychain holds no key for this vault; unlock with the password and enable the keychain again.</source>
        <translation>El llavero del sistema no tiene ninguna clave para esta bóveda; desbloquee con la contraseña y vuelva a activar el llavero.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="219"/>
        <source>Could not reach a time server (%1); check the network connection or the time servers in the settings.</source>
        <translation>No se pudo contactar con ningún servidor de hora (%1); compruebe la conexión de red o los servidores de hora en los ajustes.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="223"/>
        <source>The cryptographic library failed (%1); reinstall Tessera or report this.</source>
        <translation>Falló la biblioteca criptográfica (%1); reinstale Tessera o informe del problema.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="225"/>
        <source>The QR reader could not run (%1); reinstall Tessera.</source>
        <translation>El lector de QR no pudo ejecutarse (%1); reinstale Tessera.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="227"/>
        <source>Reading this picture was stopped after %1 s: it holds far more code-like patterns than a QR code has, or is too large. Crop it to the QR code and try again.</source>
        <translation>La lectura de esta imagen se detuvo tras %1 s: contiene muchos más patrones parecidos a códigos que un código QR, o es demasiado grande. Recórtela al código QR e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="231"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="233"/>
        <source>This file was refused: it asks for %1, far more than any authenticator export needs. It may be damaged or made to stall Tessera; export it again from the app it came from.</source>
        <translation>Este archivo se ha rechazado: pide %1, mucho más de lo que necesita cualquier exportación de un autenticador. Puede estar dañado o hecho para bloquear Tessera; expórtelo de nuevo desde la aplicación de origen.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="237"/>
        <source>%1 Nothing was changed. If this computer&apos;s clock really is that far off, correct it, or run &apos;tessera-cli time --accept-large-offset&apos; to correct codes by it.</source>
        <translation>%1 No se ha cambiado nada. Si el reloj de este ordenador de verdad va tan desfasado, corríjalo, o ejecute «tessera-cli time --accept-large-offset» para corregir los códigos en esa cantidad.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="241"/>
        <source>No private channel to the running Tessera could be set up (%1), so this window works on its own; files and links opened now are not passed on.</source>
        <translation>No se pudo establecer un canal privado con el Tessera en ejecución (%1), así que esta ventana funciona por su cuenta; los archivos y enlaces abiertos ahora no se transmiten.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="245"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Un PIN tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="248"/>
        <source>Wrong PIN. That was the third: unlock with the password now.</source>
        <translation>PIN incorrecto. Era el tercero: desbloquee ahora con la contraseña.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/common/error_text.cpp" line="249"/>
        <source>Wrong PIN; %n attempt(s) left.</source>
        <translation>
            <numerusform>PIN incorrecto; queda %n intento.</numerusform>
            <numerusform>PIN incorrecto; quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="251"/>
        <source>The running Tessera was asked for %1 and the answer was Deny.</source>
        <translation>Se pidió %1 a la Tessera en ejecución y la respuesta fue Denegar.</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="255"/>
        <source>This password is too easy to guess (about %1 bits; at least 40 are needed).</source>
        <translation>Esta contraseña es demasiado fácil de adivinar (unos %1 bits; se necesitan al menos 40).</translation>
    </message>
    <message>
        <location filename="../../core/common/error_text.cpp" line="259"/>
        <source>Unknown error.</source>
        <translation>Error desconocido.</translation>
    </message>
</context>
<context>
    <name>tessera::TimeStatus</name>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="30"/>
        <source>%1 of %2 time servers say so, and no secure source confirmed it.</source>
        <translation>Lo dicen %1 de %2 servidores de hora, y ninguna fuente segura lo ha confirmado.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="31"/>
        <source>No secure source confirmed it, and a forged time reply could claim this.</source>
        <translation>Ninguna fuente segura lo ha confirmado, y una respuesta de hora falsificada podría afirmarlo.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="32"/>
        <source>Your clock seems %1 behind — correct codes by that much?</source>
        <translation>Su reloj parece ir %1 atrasado: ¿corregir los códigos en esa cantidad?</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="33"/>
        <source>Your clock seems %1 ahead — correct codes by that much?</source>
        <translation>Su reloj parece ir %1 adelantado: ¿corregir los códigos en esa cantidad?</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="43"/>
        <location filename="../../core/session/time_status_text.cpp" line="45"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="47"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="50"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="52"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="53"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="60"/>
        <source>The clock could not be checked: no time server answered.</source>
        <translation>No se pudo comprobar el reloj: no respondió ningún servidor de hora.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="61"/>
        <source>The clock has not been checked yet.</source>
        <translation>El reloj aún no se ha comprobado.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="64"/>
        <source>Codes use the system clock.</source>
        <translation>Los códigos usan el reloj del sistema.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="65"/>
        <source>Codes are shifted by %1%2 (set by hand).</source>
        <translation>Los códigos están desplazados %1%2 (a mano).</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="67"/>
        <source>A shift of %1%2 is set by hand but correction is turned off.</source>
        <translation>Hay un desplazamiento de %1%2 puesto a mano, pero la corrección está desactivada.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="71"/>
        <source>Clock is accurate (±%1).</source>
        <translation>El reloj es exacto (±%1).</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="75"/>
        <source>Your clock is %1 behind — codes are corrected.</source>
        <translation>Su reloj va %1 atrasado: los códigos se corrigen.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="76"/>
        <source>Your clock is %1 ahead — codes are corrected.</source>
        <translation>Su reloj va %1 adelantado: los códigos se corrigen.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="77"/>
        <source>Your clock is %1 behind — codes are not corrected.</source>
        <translation>Su reloj va %1 atrasado: los códigos no se corrigen.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="78"/>
        <source>Your clock is %1 ahead — codes are not corrected.</source>
        <translation>Su reloj va %1 adelantado: los códigos no se corrigen.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="85"/>
        <source>Clock unchecked</source>
        <translation>Reloj sin comprobar</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="87"/>
        <source>System clock</source>
        <translation>Reloj del sistema</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="87"/>
        <source>Clock shifted by hand</source>
        <translation>Reloj desplazado a mano</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="89"/>
        <source>Clock OK</source>
        <translation>Reloj correcto</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="91"/>
        <source>Clock corrected</source>
        <translation>Reloj corregido</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="92"/>
        <source>Clock %1 off</source>
        <translation>Reloj desfasado %1</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="103"/>
        <source>Set by hand on %1.</source>
        <translation>Puesto a mano el %1.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="105"/>
        <source>Measured with %1 (SNTP, ±%2) on %3.</source>
        <translation>Medido con %1 (SNTP, ±%2) el %3.</translation>
    </message>
    <message>
        <location filename="../../core/session/time_status_text.cpp" line="107"/>
        <source>Measured with %1 (HTTPS, ±%2) on %3.</source>
        <translation>Medido con %1 (HTTPS, ±%2) el %3.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::AccountsController</name>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="74"/>
        <source>%1 — clears in %2 s</source>
        <translation>%1 — se borra en %2 s</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="82"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="204"/>
        <source>Deleted %1</source>
        <translation>%1 eliminada</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="217"/>
        <source>Restored %1</source>
        <translation>%1 restaurada</translation>
    </message>
    <message>
        <location filename="../../qml/accounts/accounts_controller.cpp" line="258"/>
        <source>Recovery code copied and marked as used</source>
        <translation>Código de recuperación copiado y marcado como usado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/accounts_controller.cpp" line="277"/>
        <source>%n recovery code(s) saved</source>
        <translation>
            <numerusform>%n código de recuperación guardado</numerusform>
            <numerusform>%n códigos de recuperación guardados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::AutoType</name>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="54"/>
        <source>Tessera did not see which window you came from, so it typed nothing.</source>
        <translation>Tessera no vio de qué ventana venía, así que no escribió nada.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="70"/>
        <source>The desktop did not let Tessera type, so it typed nothing.</source>
        <translation>El escritorio no dejó escribir a Tessera, así que no escribió nada.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="74"/>
        <source>The desktop did not answer whether Tessera may type, so it typed nothing.</source>
        <translation>El escritorio no respondió si Tessera puede escribir, así que no escribió nada.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="91"/>
        <source>A modifier key stayed pressed, so Tessera typed nothing.</source>
        <translation>Una tecla modificadora siguió pulsada, así que Tessera no escribió nada.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="92"/>
        <source>The window you came from did not take the keyboard back, so Tessera typed nothing.</source>
        <translation>La ventana de la que venía no recuperó el teclado, así que Tessera no escribió nada.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="100"/>
        <source>Another window took the keyboard, so Tessera stopped typing.</source>
        <translation>Otra ventana tomó el teclado, así que Tessera dejó de escribir.</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/auto_type.cpp" line="102"/>
        <source>The keyboard layout in use has no key for “%1”, so Tessera stopped typing.</source>
        <translation>La distribución de teclado en uso no tiene tecla para «%1», así que Tessera dejó de escribir.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::BrowserIntegrationController</name>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="34"/>
        <source>Cannot be connected: its sandbox cannot start Tessera</source>
        <translation>No se puede conectar: su entorno aislado no puede iniciar Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="36"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="38"/>
        <source>Connected to another copy of Tessera</source>
        <translation>Conectado a otra copia de Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="40"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="40"/>
        <source>Not found on this computer</source>
        <translation>No se encuentra en este ordenador</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="86"/>
        <source>%1 is connected. Add the Tessera extension to it, then sign in as usual.</source>
        <translation>%1 está conectado. Añádale la extensión de Tessera e inicie sesión como siempre.</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_integration_controller.cpp" line="94"/>
        <source>%1 is no longer connected.</source>
        <translation>%1 ya no está conectado.</translation>
    </message>
    <message>
        <source>No browser was found on this computer.</source>
        <translation type="vanished">No se ha encontrado ningún navegador en este ordenador.</translation>
    </message>
    <message>
        <source>Connected: %1. Add the Tessera extension to each, then sign in as usual.</source>
        <translation type="vanished">Conectados: %1. Añada a cada uno la extensión de Tessera e inicie sesión como siempre.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::BrowserRequestsController</name>
    <message>
        <location filename="../../qml/browser/browser_requests_controller.cpp" line="57"/>
        <source>Allow %1 to request codes from Tessera?</source>
        <translation>¿Permitir que %1 pida códigos a Tessera?</translation>
    </message>
    <message>
        <location filename="../../qml/browser/browser_requests_controller.cpp" line="60"/>
        <source>Fill codes on %1?</source>
        <translation>¿Rellenar códigos en %1?</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::CliRequestsController</name>
    <message>
        <location filename="../../qml/requests/cli_requests_controller.cpp" line="53"/>
        <source>tessera-cli wants %1.</source>
        <translation>tessera-cli quiere %1.</translation>
    </message>
    <message>
        <location filename="../../qml/requests/cli_requests_controller.cpp" line="54"/>
        <source>tessera-cli (%1) wants %2.</source>
        <translation>tessera-cli (%1) quiere %2.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ExportController</name>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="75"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="121"/>
        <source>%1 is not included: %2.</source>
        <translation>%1 no se incluye: %2.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="133"/>
        <source>None of these accounts can be transferred to Google Authenticator.</source>
        <translation>Ninguna de estas cuentas se puede transferir a Google Authenticator.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="169"/>
        <source>Tessera → Google Authenticator · %1 of %2</source>
        <translation>Tessera → Google Authenticator · %1 de %2</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/export_controller.cpp" line="173"/>
        <source>Saved %1 in %2. These pictures hold your secret keys: delete them once the phone has them.</source>
        <translation>%1 guardado en %2. Estas imágenes contienen sus claves secretas: elimínelas cuando el teléfono las tenga.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::FileExportController</name>
    <message>
        <location filename="../../qml/transfer/file_export_controller.cpp" line="47"/>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/file_export_controller.cpp" line="101"/>
        <source>Choose a password for the file.</source>
        <translation>Elija una contraseña para el archivo.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/file_export_controller.cpp" line="119"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::IconPacksController</name>
    <message numerus="yes">
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="102"/>
        <source>Icon pack “%1” (version %2) added: %n icon(s).</source>
        <translation>
            <numerusform>Paquete de iconos «%1» (versión %2) añadido: %n icono.</numerusform>
            <numerusform>Paquete de iconos «%1» (versión %2) añadido: %n iconos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="104"/>
        <source>%n of its pictures could not be used.</source>
        <translation>
            <numerusform>%n de sus imágenes no se pudo usar.</numerusform>
            <numerusform>%n de sus imágenes no se pudieron usar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="121"/>
        <source>Icon pack removed. Accounts keep the icons they were given.</source>
        <translation>Paquete de iconos quitado. Las cuentas conservan los iconos que recibieron.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/accounts/icon_packs_controller.cpp" line="135"/>
        <source>%n account(s) now show the pack&apos;s icon.</source>
        <translation>
            <numerusform>%n cuenta muestra ahora el icono del paquete.</numerusform>
            <numerusform>%n cuentas muestran ahora el icono del paquete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ImportController</name>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="111"/>
        <source>Left out %1: %2</source>
        <translation>Omitido %1: %2</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="118"/>
        <source>Wait until the file being read is done, then open the next one.</source>
        <translation>Espere a que termine de leerse el archivo actual y luego abra el siguiente.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="154"/>
        <source>This %1 file is encrypted. Type the password it was exported with.</source>
        <translation>Este archivo de %1 está cifrado. Escriba la contraseña con la que se exportó.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="161"/>
        <source>Type the password of the file.</source>
        <translation>Escriba la contraseña del archivo.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="173"/>
        <source>Reading the %1 file…</source>
        <translation>Leyendo el archivo de %1…</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="190"/>
        <source>Stopped reading the file.</source>
        <translation>Se detuvo la lectura del archivo.</translation>
    </message>
    <message>
        <location filename="../../qml/transfer/import_controller.cpp" line="200"/>
        <source>Choose at least one account to add.</source>
        <translation>Elija al menos una cuenta para añadir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/import_controller.cpp" line="213"/>
        <source>Added %n account(s).</source>
        <translation>
            <numerusform>%n cuenta añadida.</numerusform>
            <numerusform>%n cuentas añadidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/transfer/import_controller.cpp" line="215"/>
        <source>%n entry(s) of the file could not be read and were left out.</source>
        <translation>
            <numerusform>%n entrada del archivo no se pudo leer y se omitió.</numerusform>
            <numerusform>%n entradas del archivo no se pudieron leer y se omitieron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::PinController</name>
    <message>
        <location filename="../../qml/vault/pin_controller.cpp" line="28"/>
        <source>The two PINs differ.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/pin_controller.cpp" line="35"/>
        <source>PIN set. After an automatic lock it unlocks Tessera until you quit or lock by hand.</source>
        <translation>PIN establecido. Tras un bloqueo automático desbloquea Tessera hasta que salga o bloquee a mano.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/pin_controller.cpp" line="43"/>
        <source>PIN removed.</source>
        <translation>PIN quitado.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::PortalRequest</name>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="36"/>
        <source>it was cancelled or refused</source>
        <translation>se canceló o se rechazó</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="42"/>
        <source>the desktop portal&apos;s picture could not be read</source>
        <translation>no se pudo leer la imagen del portal del escritorio</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::QuickPickerController</name>
    <message>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="31"/>
        <source>Typing into other windows is not available here.</source>
        <translation>Aquí no es posible escribir en otras ventanas.</translation>
    </message>
    <message>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="80"/>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="99"/>
        <source>%1 The code was copied instead.</source>
        <translation>%1 En su lugar, se copió el código.</translation>
    </message>
    <message>
        <location filename="../../qml/quick/quick_picker_controller.cpp" line="116"/>
        <source>Hold Ctrl, Alt or Super with the key, so that it does not stop the key from working elsewhere.</source>
        <translation>Mantenga Ctrl, Alt o Súper con la tecla, para que la tecla siga funcionando en otros sitios.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ScanController</name>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="29"/>
        <source>Stopped reading the picture.</source>
        <translation>Se detuvo la lectura de la imagen.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="122"/>
        <source>Looking at the screen…</source>
        <translation>Mirando la pantalla…</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="178"/>
        <source>Part read; scan the next code.</source>
        <translation>Parte leída; escanee el siguiente código.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/add/scan_controller.cpp" line="178"/>
        <source>Found %n account(s).</source>
        <translation>
            <numerusform>%n cuenta encontrada.</numerusform>
            <numerusform>%n cuentas encontradas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="185"/>
        <source>The clipboard holds no picture and no link; copy the QR code&apos;s picture or its otpauth:// link.</source>
        <translation>El portapapeles no contiene ninguna imagen ni enlace; copie la imagen del código QR o su enlace otpauth://.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="189"/>
        <source>Nothing new in this picture: its accounts are already in the list.</source>
        <translation>Nada nuevo en esta imagen: sus cuentas ya están en la lista.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="212"/>
        <source>All %1 codes of the Google Authenticator export read.</source>
        <translation>Leídos los %1 códigos de la exportación de Google Authenticator.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="218"/>
        <source>%1 of %2 codes of the Google Authenticator export read; still missing: %3.</source>
        <translation>Leídos %1 de %2 códigos de la exportación de Google Authenticator; faltan aún: %3.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="230"/>
        <source>Left out %1: %2.</source>
        <translation>Omitido %1: %2.</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_controller.cpp" line="244"/>
        <source>Choose at least one account to add.</source>
        <translation>Elija al menos una cuenta para añadir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/add/scan_controller.cpp" line="256"/>
        <source>Added %n account(s).</source>
        <translation>
            <numerusform>%n cuenta añadida.</numerusform>
            <numerusform>%n cuentas añadidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::bridge::ScanResultModel</name>
    <message>
        <location filename="../../qml/add/scan_result_model.cpp" line="14"/>
        <source>TOTP · %1 digits · %2 s · %3</source>
        <translation>TOTP · %1 dígitos · %2 s · %3</translation>
    </message>
    <message>
        <location filename="../../qml/add/scan_result_model.cpp" line="16"/>
        <source>HOTP · %1 digits · counter %2 · %3</source>
        <translation>HOTP · %1 dígitos · contador %2 · %3</translation>
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
        <translation>sin acceso directo ni portal del escritorio</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/linux/screen_grabber_portal_linux.cpp" line="77"/>
        <source>no screenshot portal: %1</source>
        <translation>sin portal de capturas de pantalla: %1</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/other/screen_grabber_portal_other.cpp" line="8"/>
        <source>the system refused it; allow screen recording for Tessera in the privacy settings</source>
        <translation>el sistema lo rechazó; permita la grabación de pantalla para Tessera en los ajustes de privacidad</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::SyncController</name>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="51"/>
        <source>No more copies go to a second folder.</source>
        <translation>Ya no se guardan copias en una segunda carpeta.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="52"/>
        <source>After each change an encrypted copy of the vault also goes to %1.</source>
        <translation>Tras cada cambio, también se guarda una copia cifrada de la bóveda en %1.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="69"/>
        <source>Type the password this copy was saved with.</source>
        <translation>Escriba la contraseña con la que se guardó esta copia.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="78"/>
        <source>Merged %1: nothing new in it.</source>
        <translation>%1 combinado: no tenía nada nuevo.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="89"/>
        <source>This backup was saved under another password; restore it with &apos;tessera-cli restore --copy-password-file&apos;.</source>
        <translation>Esta copia de seguridad se guardó con otra contraseña; restáurela con &apos;tessera-cli restore --copy-password-file&apos;.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="93"/>
        <source>Restored %1: %2 account(s) back or added, %3 changed, %4 removed. The vault as it was is in the backups.</source>
        <translation>%1 restaurado: %2 cuenta(s) recuperadas o añadidas, %3 cambiadas, %4 eliminadas. La bóveda tal como estaba está entre las copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/sync_controller.cpp" line="117"/>
        <source>The vault is now in %1.</source>
        <translation>La bóveda está ahora en %1.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::TimeController</name>
    <message>
        <location filename="../../qml/time/time_controller.cpp" line="147"/>
        <source>No time server answered, so the clock is unchecked. Codes may be refused if this computer&apos;s clock is off.</source>
        <translation>No respondió ningún servidor de hora, así que el reloj está sin comprobar. Puede que se rechacen códigos si el reloj de este ordenador va desfasado.</translation>
    </message>
    <message>
        <location filename="../../qml/time/time_controller.cpp" line="150"/>
        <source>This computer&apos;s clock changed since the last check; check it again so codes stay right.</source>
        <translation>El reloj de este ordenador ha cambiado desde la última comprobación; compruébelo de nuevo para que los códigos sigan siendo correctos.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::TrayIcon</name>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="17"/>
        <source>Show or hide Tessera</source>
        <translation>Mostrar u ocultar Tessera</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="18"/>
        <source>Quick picker…</source>
        <translation>Selector rápido…</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="19"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="21"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../qml/desktop/tray_icon.cpp" line="55"/>
        <source>Copy the code for %1</source>
        <translation>Copiar el código de %1</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::VaultController</name>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="34"/>
        <source>The vault file was changed by another program and cannot be used now: %1 Until it can, Tessera shows the accounts it had and saves nothing.</source>
        <translation>Otro programa ha cambiado el archivo de la bóveda y ahora no se puede usar: %1 Hasta que se pueda, Tessera muestra las cuentas que tenía y no guarda nada.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="43"/>
        <source>A copy a sync tool left beside the vault could not be merged: %1</source>
        <translation>No se pudo combinar una copia que una herramienta de sincronización dejó junto a la bóveda: %1</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="46"/>
        <source>The vault&apos;s password was changed on another computer. Unlock it with the new password; nothing was saved over that change.</source>
        <translation>La contraseña de la bóveda se cambió en otro ordenador. Desbloquéela con la nueva contraseña; no se guardó nada encima de ese cambio.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="50"/>
        <source>This vault file lacks changes this computer saw before: an older copy was put in its place (a backup, or a sync that has not finished). Changes made here are merged with it; to go back on purpose, restore a backup in Settings.</source>
        <translation>A este archivo de bóveda le faltan cambios que este ordenador ya vio: se puso en su lugar una copia más antigua (una copia de seguridad o una sincronización sin terminar). Los cambios hechos aquí se combinan con ella; para volver atrás a propósito, restaure una copia de seguridad en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="108"/>
        <source>Choose a password you do not use anywhere else.</source>
        <translation>Elija una contraseña que no use en ningún otro sitio.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="110"/>
        <source>Too easy to guess (about %1 bits; at least 40 are needed). %2</source>
        <translation>Demasiado fácil de adivinar (unos %1 bits; se necesitan al menos 40). %2</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="112"/>
        <source>Weak (about %1 bits; 65 or more is good). %2</source>
        <translation>Débil (unos %1 bits; 65 o más es bueno). %2</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="114"/>
        <source>Strong (about %1 bits).</source>
        <translation>Fuerte (unos %1 bits).</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="114"/>
        <source>Good (about %1 bits).</source>
        <translation>Buena (unos %1 bits).</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="158"/>
        <source>Type the vault password.</source>
        <translation>Escriba la contraseña de la bóveda.</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="249"/>
        <source>Password changed; the vault has a new key.</source>
        <translation>Contraseña cambiada; la bóveda tiene una clave nueva.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="252"/>
        <source>%n backup(s) re-encrypted with it.</source>
        <translation>
            <numerusform>%n copia de seguridad se ha vuelto a cifrar con ella.</numerusform>
            <numerusform>%n copias de seguridad se han vuelto a cifrar con ella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="254"/>
        <source>%n backup(s) that could not be re-encrypted were removed.</source>
        <translation>
            <numerusform>Se ha eliminado %n copia de seguridad que no se pudo volver a cifrar.</numerusform>
            <numerusform>Se han eliminado %n copias de seguridad que no se pudieron volver a cifrar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="256"/>
        <source>These copies still open with the old password; delete them: %1</source>
        <translation>Estas copias aún se abren con la contraseña anterior; elimínelas: %1</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="259"/>
        <source>Unlocking with the keychain is now off: %1</source>
        <translation>El desbloqueo con el llavero está ahora desactivado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="280"/>
        <source>%n account(s) added</source>
        <translation>
            <numerusform>%n cuenta añadida</numerusform>
            <numerusform>%n cuentas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="282"/>
        <source>%n account(s) changed</source>
        <translation>
            <numerusform>%n cuenta cambiada</numerusform>
            <numerusform>%n cuentas cambiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="282"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiada</numerusform>
            <numerusform>%n cambiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="284"/>
        <source>%n account(s) removed</source>
        <translation>
            <numerusform>%n cuenta eliminada</numerusform>
            <numerusform>%n cuentas eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/vault/vault_controller.cpp" line="284"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminada</numerusform>
            <numerusform>%n eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="288"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../../qml/vault/vault_controller.cpp" line="289"/>
        <source>%1 on another computer.</source>
        <translation>%1 en otro ordenador.</translation>
    </message>
</context>
<context>
    <name>tessera::bridge::VaultSession</name>
    <message>
        <source>A copy a sync tool left beside the vault could not be merged: %1</source>
        <translation type="vanished">No se pudo combinar una copia que una herramienta de sincronización dejó junto a la bóveda: %1</translation>
    </message>
</context>
</TS>
