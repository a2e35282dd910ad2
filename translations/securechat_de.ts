<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SecureChat</source>
        <translation>Über SecureChat</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
</context>
<context>
    <name>ApprovalBanner</name>
    <message>
        <source>Connection request</source>
        <translation>Verbindungsanfrage</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;nnehmen</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Verification state</source>
        <translation>Verifizierungsstatus</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verifizieren …</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>Connect again to the same address, expecting the same key</source>
        <translation>Erneut mit derselben Adresse verbinden und denselben Schlüssel erwarten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Write a message (Enter sends, Shift+Enter for a new line)</source>
        <translation>Nachricht schreiben (Eingabe sendet, Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send files (or drop them on the conversation, or paste them)</source>
        <translation>Dateien senden (oder in das Gespräch ziehen oder einfügen)</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Dateien senden</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to SecureChat</source>
        <translation>Willkommen bei SecureChat</translation>
    </message>
    <message>
        <source>SecureChat needs an identity for you: a key that proves to the people you talk to that it is really you. It is made once, on this computer, and never leaves it.</source>
        <translation>SecureChat braucht eine Identität für Sie: einen Schlüssel, der Ihren Gesprächspartnern beweist, dass wirklich Sie es sind. Er wird einmal auf diesem Computer erzeugt und verlässt ihn nie.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>How others will see you</source>
        <translation>So sehen andere Sie</translation>
    </message>
    <message>
        <source>&amp;Key size:</source>
        <translation>&amp;Schlüssellänge:</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Schlüssellänge</translation>
    </message>
    <message>
        <source>&amp;Passphrase (optional):</source>
        <translation>&amp;Passphrase (optional):</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Protects your key on this computer</source>
        <translation>Schützt Ihren Schlüssel auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Key generation progress</source>
        <translation>Fortschritt der Schlüsselerzeugung</translation>
    </message>
</context>
<context>
    <name>HostConnectDialog</name>
    <message>
        <source>Start a conversation</source>
        <translation>Gespräch beginnen</translation>
    </message>
    <message>
        <source>Host or connect</source>
        <translation>Hosten oder verbinden</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Hosten</translation>
    </message>
    <message>
        <source>Wait for the other person to connect to you. Tell them one of your addresses and the port, and your fingerprint so that they can check they reached you.</source>
        <translation>Warten Sie, bis sich die andere Person mit Ihnen verbindet. Nennen Sie ihr eine Ihrer Adressen und den Port sowie Ihren Fingerabdruck, damit sie prüfen kann, dass sie wirklich Sie erreicht hat.</translation>
    </message>
    <message>
        <source>Listen &amp;on:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Lauschadresse</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port to listen on</source>
        <translation>Port zum Lauschen</translation>
    </message>
    <message>
        <source>Tell them:</source>
        <translation>Teilen Sie mit:</translation>
    </message>
    <message>
        <source>Addresses to tell the other person</source>
        <translation>Adressen für die andere Person</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>Ihr Fingerabdruck:</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Ihr Fingerabdruck</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy your fingerprint to the clipboard</source>
        <translation>Ihren Fingerabdruck in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy your fingerprint</source>
        <translation>Ihren Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to someone who is hosting. If they told you their fingerprint, enter it: SecureChat then refuses anyone else.</source>
        <translation>Mit jemandem verbinden, der hostet. Wenn Ihnen die Person ihren Fingerabdruck genannt hat, geben Sie ihn ein: SecureChat lehnt dann alle anderen ab.</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <source>Host name or address</source>
        <translation>Rechnername oder Adresse</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Port to connect to</source>
        <translation>Port, mit dem verbunden wird</translation>
    </message>
    <message>
        <source>&amp;Fingerprint (optional):</source>
        <translation>&amp;Fingerabdruck (optional):</translation>
    </message>
    <message>
        <source>Expected fingerprint</source>
        <translation>Erwarteter Fingerabdruck</translation>
    </message>
    <message>
        <source>64 hexadecimal digits</source>
        <translation>64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>R&amp;ecent connections:</source>
        <translation>L&amp;etzte Verbindungen:</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Letzte Verbindungen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20, alice.example.org, or an invite link</source>
        <translation>z. B. 192.168.1.20, alice.example.org oder ein Einladungslink</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Hosting &amp;nearby (LAN discovery):</source>
        <translation>Hosts in der &amp;Nähe (Suche im lokalen Netz):</translation>
    </message>
    <message>
        <source>Hosting nearby</source>
        <translation>Hosts in der Nähe</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite someone</source>
        <translation>Jemanden einladen</translation>
    </message>
    <message>
        <source>An invite lets one person connect to you without comparing safety numbers: it carries where to reach you and your key, and their SecureChat proves it holds the invite. It works once. Send it privately: whoever uses it first gets in.</source>
        <translation>Mit einer Einladung kann sich eine Person mit Ihnen verbinden, ohne Sicherheitsnummern zu vergleichen: Sie enthält, wo Sie erreichbar sind, und Ihren Schlüssel, und das SecureChat der Person beweist, dass es die Einladung besitzt. Sie gilt einmal. Senden Sie sie vertraulich: Wer sie zuerst benutzt, kommt herein.</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>How long the invite is valid</source>
        <translation>Wie lange die Einladung gültig ist</translation>
    </message>
    <message>
        <source>&amp;Create invite</source>
        <translation>Einladung &amp;erstellen</translation>
    </message>
    <message>
        <source>Invite as a QR code</source>
        <translation>Einladung als QR-Code</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Einladungslink</translation>
    </message>
    <message>
        <source>Co&amp;py link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>KeyChangedBanner</name>
    <message>
        <source>Warning: key changed</source>
        <translation>Warnung: Schlüssel geändert</translation>
    </message>
    <message>
        <source>Previous key:</source>
        <translation>Bisheriger Schlüssel:</translation>
    </message>
    <message>
        <source>Previous fingerprint</source>
        <translation>Bisheriger Fingerabdruck</translation>
    </message>
    <message>
        <source>New key:</source>
        <translation>Neuer Schlüssel:</translation>
    </message>
    <message>
        <source>New fingerprint</source>
        <translation>Neuer Fingerabdruck</translation>
    </message>
    <message>
        <source>&amp;Close conversation</source>
        <translation>Gespräch &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Accept the new key</source>
        <translation>Neuen Schlüssel &amp;annehmen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Host a conversation or connect to someone to start chatting.</source>
        <translation>Hosten Sie ein Gespräch oder verbinden Sie sich mit jemandem, um zu chatten.</translation>
    </message>
    <message>
        <source>&amp;Host a conversation…</source>
        <translation>Gespräch &amp;hosten …</translation>
    </message>
    <message>
        <source>C&amp;onnect to someone…</source>
        <translation>Mit jemandem &amp;verbinden …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Gespräch</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Host…</source>
        <translation>&amp;Hosten …</translation>
    </message>
    <message>
        <source>Listen for someone to connect to you</source>
        <translation>Warten, bis sich jemand mit Ihnen verbindet</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>Connect to someone who is hosting</source>
        <translation>Mit jemandem verbinden, der hostet</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Stop hosting</source>
        <translation>Hosten &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Verify peer…</source>
        <translation>Gegenüber &amp;verifizieren …</translation>
    </message>
    <message>
        <source>Compare the safety number with your peer</source>
        <translation>Sicherheitsnummer mit Ihrem Gegenüber vergleichen</translation>
    </message>
    <message>
        <source>Close c&amp;onversation</source>
        <translation>Gespräch s&amp;chließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About SecureChat</source>
        <translation>Ü&amp;ber SecureChat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>Jemanden &amp;einladen …</translation>
    </message>
    <message>
        <source>Make a one-time invite link (and QR code) for someone to connect to you</source>
        <translation>Einen einmal gültigen Einladungslink (und QR-Code) erstellen, mit dem sich jemand mit Ihnen verbinden kann</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Find in this conversation…</source>
        <translation>In diesem Gespräch &amp;suchen …</translation>
    </message>
    <message>
        <source>Search the messages of this conversation</source>
        <translation>Die Nachrichten dieses Gesprächs durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in &amp;all conversations…</source>
        <translation>In &amp;allen Gesprächen suchen …</translation>
    </message>
    <message>
        <source>Search the messages of every conversation</source>
        <translation>Die Nachrichten aller Gespräche durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Nächstes Gespräch</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>V&amp;orheriges Gespräch</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock your identity</source>
        <translation>Identität entsperren</translation>
    </message>
    <message>
        <source>Your SecureChat key is protected by a passphrase. Enter it to start.</source>
        <translation>Ihr SecureChat-Schlüssel ist durch eine Passphrase geschützt. Geben Sie sie ein, um zu starten.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Unlocking progress</source>
        <translation>Fortschritt beim Entsperren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Default &amp;port:</source>
        <translation>Standard&amp;port:</translation>
    </message>
    <message>
        <source>Default port</source>
        <translation>Standardport</translation>
    </message>
    <message>
        <source>Show &amp;notifications for messages and requests while the window is in the background</source>
        <translation>&amp;Benachrichtigungen über Nachrichten und Anfragen zeigen, während das Fenster im Hintergrund ist</translation>
    </message>
    <message>
        <source>A new display name is used for conversations started after SecureChat is restarted.</source>
        <translation>Ein neuer Anzeigename gilt für Gespräche, die nach einem Neustart von SecureChat beginnen.</translation>
    </message>
    <message>
        <source>While hosting, ask the &amp;router to forward the port (UPnP, NAT-PMP), so that people outside your network can connect</source>
        <translation>Beim Hosten den &amp;Router bitten, den Port weiterzuleiten (UPnP, NAT-PMP), damit sich Personen außerhalb Ihres Netzwerks verbinden können</translation>
    </message>
    <message>
        <source>&amp;LAN discovery: announce yourself while hosting and list who hosts on your local network (everyone there sees your name and key)</source>
        <translation>Suche im &amp;lokalen Netz: sich beim Hosten ankündigen und anzeigen, wer im lokalen Netz hostet (alle dort sehen Ihren Namen und Schlüssel)</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>Ver&amp;lauf:</translation>
    </message>
    <message>
        <source>How long conversations are kept</source>
        <translation>Wie lange Gespräche aufbewahrt werden</translation>
    </message>
    <message>
        <source>Keep every message</source>
        <translation>Alle Nachrichten behalten</translation>
    </message>
    <message>
        <source>Keep messages for</source>
        <translation>Nachrichten behalten für</translation>
    </message>
    <message>
        <source>Keep nothing on disk</source>
        <translation>Nichts auf dem Datenträger behalten</translation>
    </message>
    <message>
        <source>Days to keep messages</source>
        <translation>Tage, die Nachrichten behalten werden</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>For contacts without a choice of their own (see a contact&apos;s menu). Messages older than the number of days are deleted at once and then daily; with &quot;Keep nothing&quot;, what is already stored stays until you delete it.</source>
        <translation>Für Kontakte ohne eigene Wahl (siehe das Menü eines Kontakts). Nachrichten, die älter als die Anzahl Tage sind, werden sofort und danach täglich gelöscht; bei „Nichts behalten“ bleibt, was schon gespeichert ist, bis Sie es löschen.</translation>
    </message>
    <message>
        <source>&amp;Save files in:</source>
        <translation>Dateien &amp;speichern in:</translation>
    </message>
    <message>
        <source>Folder for accepted files</source>
        <translation>Ordner für angenommene Dateien</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Largest file offer:</source>
        <translation>&amp;Größte angebotene Datei:</translation>
    </message>
    <message>
        <source>Largest file offer in MiB; 0 accepts any size</source>
        <translation>Größte angebotene Datei in MiB; 0 nimmt jede Größe an</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
</context>
<context>
    <name>VerifyPeerDialog</name>
    <message>
        <source>Verify peer</source>
        <translation>Gegenüber verifizieren</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>Sicherheitsnummer</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>Ihr Fingerabdruck:</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Ihr Fingerabdruck</translation>
    </message>
    <message>
        <source>Their fingerprint:</source>
        <translation>Fingerabdruck des Gegenübers:</translation>
    </message>
    <message>
        <source>Their fingerprint</source>
        <translation>Fingerabdruck des Gegenübers</translation>
    </message>
    <message>
        <source>I compared the safety number with them and it &amp;matches</source>
        <translation>Ich habe die Sicherheitsnummer mit meinem Gegenüber verglichen und sie &amp;stimmt überein</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SecureChat: private, serverless chat between two people.</source>
        <translation>SecureChat: privater Chat zwischen zwei Personen, ohne Server.</translation>
    </message>
    <message>
        <source>Keep identity, known peers and settings in &lt;directory&gt;.</source>
        <translation>Identität, bekannte Kontakte und Einstellungen in &lt;directory&gt; ablegen.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>SecureChat cannot start</source>
        <translation>SecureChat kann nicht starten</translation>
    </message>
    <message>
        <source>Known peers</source>
        <translation>Bekannte Kontakte</translation>
    </message>
    <message>
        <source>Write diagnostics (connections, TLS parameters, close causes, storage errors; never message text or keys) to standard error.</source>
        <translation>Diagnosedaten (Verbindungen, TLS-Parameter, Gründe für das Schließen, Speicherfehler; niemals Nachrichtentexte oder Schlüssel) auf die Standardfehlerausgabe schreiben.</translation>
    </message>
    <message>
        <source>A securechat: invite link to connect with (what the desktop passes when such a link is opened). With SecureChat already running for the profile, the link goes to it.</source>
        <translation>Ein securechat:-Einladungslink, mit dem verbunden werden soll (den der Desktop beim Öffnen eines solchen Links übergibt). Läuft SecureChat für das Profil bereits, geht der Link dorthin.</translation>
    </message>
</context>
<context>
    <name>securechat::chat::ChatController</name>
    <message>
        <source>Port %1 is already in use on %2. Choose another port, or quit the program that is using it.</source>
        <translation>Port %1 wird auf %2 bereits verwendet. Wählen Sie einen anderen Port oder beenden Sie das Programm, das ihn benutzt.</translation>
    </message>
    <message>
        <source>The address %1 does not belong to this computer, so SecureChat cannot listen on it.</source>
        <translation>Die Adresse %1 gehört nicht zu diesem Computer, daher kann SecureChat nicht auf ihr lauschen.</translation>
    </message>
    <message>
        <source>Listening on port %1 needs special privileges. Choose a port above 1023.</source>
        <translation>Lauschen auf Port %1 erfordert besondere Rechte. Wählen Sie einen Port über 1023.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1 Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>Could not remember %1&apos;s key: %2</source>
        <translation>Der Schlüssel von %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 sent too much before you accepted the conversation, so it was closed.</source>
        <translation>%1 hat vor Ihrer Annahme zu viel gesendet, daher wurde das Gespräch geschlossen.</translation>
    </message>
    <message>
        <source>You declined the conversation with %1.</source>
        <translation>Sie haben das Gespräch mit %1 abgelehnt.</translation>
    </message>
    <message>
        <source>You closed the conversation.</source>
        <translation>Sie haben das Gespräch geschlossen.</translation>
    </message>
    <message>
        <source>SecureChat is closing.</source>
        <translation>SecureChat wird beendet.</translation>
    </message>
    <message>
        <source>You closed all conversations.</source>
        <translation>Sie haben alle Gespräche geschlossen.</translation>
    </message>
    <message>
        <source>The history with %1 could not be read: %2</source>
        <translation>Der Verlauf mit %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Only a contact can be reconnected to.</source>
        <translation>Erneut verbinden ist nur mit einem Kontakt möglich.</translation>
    </message>
    <message>
        <source>%1 has always connected to you; there is no address to connect to. Ask them to connect again, or connect to their address.</source>
        <translation>%1 hat sich bisher immer mit Ihnen verbunden; es gibt keine Adresse, mit der verbunden werden kann. Bitten Sie die Person, sich erneut zu verbinden, oder verbinden Sie sich mit ihrer Adresse.</translation>
    </message>
    <message>
        <source>Replaced by another connection.</source>
        <translation>Durch eine andere Verbindung ersetzt.</translation>
    </message>
    <message>
        <source>Replaced by the new key.</source>
        <translation>Durch den neuen Schlüssel ersetzt.</translation>
    </message>
    <message>
        <source>The history with %1 could not be moved to the new key: %2</source>
        <translation>Der Verlauf mit %1 konnte nicht auf den neuen Schlüssel übertragen werden: %2</translation>
    </message>
    <message>
        <source>Could not remember %1&apos;s new key: %2</source>
        <translation>Der neue Schlüssel von %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1&apos;s key changed on %2. The new fingerprint is %3.</source>
        <translation>Der Schlüssel von %1 hat sich am %2 geändert. Der neue Fingerabdruck ist %3.</translation>
    </message>
    <message>
        <source>A message to %1 could not be saved: %2</source>
        <translation>Eine Nachricht an %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 sent a message again with different text; the first version is kept.</source>
        <translation>%1 hat eine Nachricht erneut mit anderem Text gesendet; die erste Fassung wird behalten.</translation>
    </message>
    <message>
        <source>A message from %1 could not be saved, so it was not accepted: %2. It will arrive again when there is room (for example after you free disk space).</source>
        <translation>Eine Nachricht von %1 konnte nicht gespeichert werden und wurde daher nicht angenommen: %2. Sie kommt erneut an, sobald wieder Platz ist (zum Beispiel, nachdem Sie Speicherplatz freigegeben haben).</translation>
    </message>
    <message>
        <source>The message was not sent because it could not be saved: %1</source>
        <translation>Die Nachricht wurde nicht gesendet, weil sie nicht gespeichert werden konnte: %1</translation>
    </message>
    <message>
        <source>You marked %1 as verified: the safety numbers matched.</source>
        <translation>Sie haben %1 als verifiziert markiert: Die Sicherheitsnummern stimmten überein.</translation>
    </message>
    <message>
        <source>You removed this contact.</source>
        <translation>Sie haben diesen Kontakt entfernt.</translation>
    </message>
    <message>
        <source>Invites cannot be made without a profile to keep them in.</source>
        <translation>Ohne Profil, in dem sie gespeichert werden, können keine Einladungen erstellt werden.</translation>
    </message>
    <message>
        <source>An invite is only useful while you host: start hosting first.</source>
        <translation>Eine Einladung nützt nur, solange Sie Gastgeber sind: Starten Sie zuerst das Hosten.</translation>
    </message>
    <message>
        <source>This computer has no network address a peer could connect to. Connect to a network, or host on all addresses, and try again.</source>
        <translation>Dieser Computer hat keine Netzwerkadresse, zu der sich ein Gegenüber verbinden könnte. Verbinden Sie sich mit einem Netzwerk oder hosten Sie auf allen Adressen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The invite could not be remembered, so it would not work: %1</source>
        <translation>Die Einladung konnte nicht gespeichert werden und würde daher nicht funktionieren: %1</translation>
    </message>
    <message>
        <source>%1 came with your invite, so they were let in and marked as verified by invite.</source>
        <translation>%1 kam mit Ihrer Einladung, wurde daher eingelassen und als per Einladung verifiziert markiert.</translation>
    </message>
    <message>
        <source>%1 presented an invite, but this profile keeps no invites.</source>
        <translation>%1 hat eine Einladung vorgelegt, aber dieses Profil speichert keine Einladungen.</translation>
    </message>
    <message>
        <source>%1 presented an invite that was already used (on %2). An invite works once: accept only if you know who this is.</source>
        <translation>%1 hat eine Einladung vorgelegt, die bereits benutzt wurde (am %2). Eine Einladung gilt nur einmal: Nehmen Sie nur an, wenn Sie wissen, wer das ist.</translation>
    </message>
    <message>
        <source>%1 presented an invite that expired on %2. Accept only if you know who this is, or send them a new invite.</source>
        <translation>%1 hat eine Einladung vorgelegt, die am %2 abgelaufen ist. Nehmen Sie nur an, wenn Sie wissen, wer das ist, oder senden Sie eine neue Einladung.</translation>
    </message>
    <message>
        <source>%1 presented an invite that you did not make (forged, or made by another profile). Accept only if you know who this is.</source>
        <translation>%1 hat eine Einladung vorgelegt, die nicht von Ihnen stammt (gefälscht oder von einem anderen Profil erstellt). Nehmen Sie nur an, wenn Sie wissen, wer das ist.</translation>
    </message>
    <message>
        <source>%1 presented an invite, but your invites could not be checked: %2</source>
        <translation>%1 hat eine Einladung vorgelegt, aber Ihre Einladungen konnten nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 is verified by invite: their key is the one the invite named.</source>
        <translation>%1 ist per Einladung verifiziert: Der Schlüssel ist der, den die Einladung nannte.</translation>
    </message>
    <message>
        <source>Only a contact&apos;s history can be kept: accept the peer first.</source>
        <translation>Nur der Verlauf eines Kontakts kann gespeichert werden: Nehmen Sie das Gegenüber zuerst an.</translation>
    </message>
    <message>
        <source>Messages can be kept for 1 to %1 days; choose a number in that range.</source>
        <translation>Nachrichten können 1 bis %1 Tage aufbewahrt werden; wählen Sie eine Zahl in diesem Bereich.</translation>
    </message>
    <message>
        <source>%1 is not in your contacts file, so the choice cannot be remembered. Check that the profile folder can be written to, then try again.</source>
        <translation>%1 steht nicht in Ihrer Kontaktdatei, daher kann die Wahl nicht gespeichert werden. Prüfen Sie, ob in den Profilordner geschrieben werden kann, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Messages with %1 older than %2 days could not be deleted: %3</source>
        <translation>Nachrichten mit %1, die älter als %2 Tage sind, konnten nicht gelöscht werden: %3</translation>
    </message>
</context>
<context>
    <name>securechat::chat::FileTransfers</name>
    <message>
        <source>%1 is not a file that can be read. Check the path and its permissions.</source>
        <translation>%1 ist keine lesbare Datei. Prüfen Sie den Pfad und die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1 is too large to send.</source>
        <translation>%1 ist zu groß zum Senden.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end, or changed while it was being read. Send it again once it is complete.</source>
        <translation>%1 konnte nicht bis zum Ende gelesen werden oder hat sich beim Lesen geändert. Senden Sie die Datei erneut, sobald sie vollständig ist.</translation>
    </message>
    <message>
        <source>%1 asked for %2 from byte %3, which this side never offered.</source>
        <translation>%1 hat %2 ab Byte %3 angefordert, was hier nie angeboten wurde.</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was offered, so the transfer stopped rather than mix two versions. Send it again.</source>
        <translation>%1 wurde seit dem Angebot auf dem Datenträger geändert. Die Übertragung wurde angehalten, statt zwei Versionen zu vermischen. Senden Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The receiver&apos;s answer for %1 was inconsistent.</source>
        <translation>Die Antwort des Empfängers zu %1 war widersprüchlich.</translation>
    </message>
    <message>
        <source>What the receiver already holds of %1 is not the start of the file here any more: the file changed since it was offered. Send it again.</source>
        <translation>Was der Empfänger von %1 bereits hat, ist nicht mehr der Anfang der Datei hier: Die Datei wurde seit dem Angebot geändert. Senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 can no longer be read. Check that it still exists.</source>
        <translation>%1 kann nicht mehr gelesen werden. Prüfen Sie, ob die Datei noch existiert.</translation>
    </message>
    <message>
        <source>%1 changed on disk while it was being sent, so the transfer stopped rather than mix two versions. Send it again.</source>
        <translation>%1 wurde während des Sendens auf dem Datenträger geändert. Die Übertragung wurde angehalten, statt zwei Versionen zu vermischen. Senden Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Paused by the receiver.</source>
        <translation>Vom Empfänger angehalten.</translation>
    </message>
    <message>
        <source>The receiver said %1 was complete before it had all of it.</source>
        <translation>Der Empfänger meldete %1 als vollständig, bevor er alles erhalten hatte.</translation>
    </message>
    <message>
        <source>The sender offered %1 again with other contents.</source>
        <translation>Der Absender hat %1 erneut mit anderem Inhalt angeboten.</translation>
    </message>
    <message>
        <source>There is no offer waiting with that number.</source>
        <translation>Es wartet kein Angebot mit dieser Nummer.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written. Choose another folder.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>There is not enough free space in %1 for %2 (%3 needed, %4 free). Free some space or choose another folder.</source>
        <translation>In %1 ist nicht genug Platz für %2 (%3 benötigt, %4 frei). Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Every name for %1 in %2 is taken. Choose another folder.</source>
        <translation>Jeder Name für %1 in %2 ist vergeben. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2. Choose another folder.</source>
        <translation>%1 konnte nicht angelegt werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The partly received %1 is gone from %2; ask for it again.</source>
        <translation>Die teilweise empfangene Datei %1 fehlt in %2; fordern Sie sie erneut an.</translation>
    </message>
    <message>
        <source>The partly received %1 could not be read; ask for it again.</source>
        <translation>Die teilweise empfangene Datei %1 konnte nicht gelesen werden; fordern Sie sie erneut an.</translation>
    </message>
    <message>
        <source>The partly received %1 could not be opened for writing.</source>
        <translation>Die teilweise empfangene Datei %1 konnte nicht zum Schreiben geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 sent data for %2 before it was accepted.</source>
        <translation>%1 hat Daten für %2 gesendet, bevor die Datei angenommen wurde.</translation>
    </message>
    <message>
        <source>The sender&apos;s data for %1 arrived out of order (at byte %2, expected %3).</source>
        <translation>Die Daten des Absenders für %1 kamen in falscher Reihenfolge an (bei Byte %2, erwartet %3).</translation>
    </message>
    <message>
        <source>The sender sent more of %1 than the %2 it offered.</source>
        <translation>Der Absender hat von %1 mehr gesendet als die angebotenen %2.</translation>
    </message>
    <message>
        <source>The disk of %1 is (nearly) full. Free some space, then resume the transfer: what arrived so far is kept.</source>
        <translation>Der Datenträger von %1 ist (fast) voll. Geben Sie Speicherplatz frei und setzen Sie die Übertragung dann fort: Was bisher angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 could not be written to the disk.</source>
        <translation>%1 konnte nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 arrived complete but differs from what was offered (its SHA-256 does not match), so it was deleted. Ask the sender to send it again.</source>
        <translation>%1 kam vollständig an, weicht aber vom Angebot ab (die SHA-256-Prüfsumme stimmt nicht) und wurde deshalb gelöscht. Bitten Sie den Absender, die Datei erneut zu senden.</translation>
    </message>
    <message>
        <source>%1 was received and checked, but could not be renamed from %2. Rename it yourself.</source>
        <translation>%1 wurde empfangen und geprüft, konnte aber nicht von %2 umbenannt werden. Benennen Sie die Datei selbst um.</translation>
    </message>
    <message>
        <source>The contact declined %1.</source>
        <translation>Der Kontakt hat %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The contact does not accept files as large as %1.</source>
        <translation>Der Kontakt nimmt keine Dateien der Größe %1 an.</translation>
    </message>
    <message>
        <source>The contact has too many transfers waiting; send %1 again later.</source>
        <translation>Beim Kontakt warten zu viele Übertragungen; senden Sie %1 später erneut.</translation>
    </message>
    <message>
        <source>%1 changed on the sender&apos;s disk since it was offered. Ask them to send it again.</source>
        <translation>%1 wurde seit dem Angebot auf dem Datenträger des Absenders geändert. Bitten Sie den Absender, die Datei erneut zu senden.</translation>
    </message>
    <message>
        <source>The contact received %1, but it did not match what was offered.</source>
        <translation>Der Kontakt hat %1 empfangen, aber die Datei stimmte nicht mit dem Angebot überein.</translation>
    </message>
    <message>
        <source>The contact cancelled %1.</source>
        <translation>Der Kontakt hat %1 abgebrochen.</translation>
    </message>
    <message>
        <source>(They said: %1)</source>
        <translation>(Begründung: %1)</translation>
    </message>
    <message>
        <source>Cancelled here.</source>
        <translation>Hier abgebrochen.</translation>
    </message>
    <message>
        <source>Paused here.</source>
        <translation>Hier angehalten.</translation>
    </message>
    <message>
        <source>The state of file transfers could not be saved (%1); transfers may not resume after a restart.</source>
        <translation>Der Stand der Dateiübertragungen konnte nicht gespeichert werden (%1); Übertragungen werden nach einem Neustart eventuell nicht fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 could not be read; unfinished transfers start again from the beginning, and transfers are not remembered until it is moved away.</source>
        <translation>%1 konnte nicht gelesen werden; unvollständige Übertragungen beginnen wieder von vorn, und Übertragungen werden nicht gespeichert, bis die Datei verschoben wurde.</translation>
    </message>
    <message>
        <source>%1 could not be read and was kept as %2; unfinished transfers start again from the beginning.</source>
        <translation>%1 konnte nicht gelesen werden und wurde als %2 aufbewahrt; unvollständige Übertragungen beginnen wieder von vorn.</translation>
    </message>
    <message>
        <source>Damaged transfers were left out of %1; transfers are not remembered until the file is moved away.</source>
        <translation>Beschädigte Übertragungen in %1 wurden ausgelassen; Übertragungen werden nicht gespeichert, bis die Datei verschoben wurde.</translation>
    </message>
    <message>
        <source>Damaged transfers were left out of %1; the file was kept as %2.</source>
        <translation>Beschädigte Übertragungen in %1 wurden ausgelassen; die Datei wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Declined here.</source>
        <translation>Hier abgelehnt.</translation>
    </message>
</context>
<context>
    <name>securechat::chat::Profile</name>
    <message>
        <source>Your message history cannot be opened: %1 Chat works, but messages are kept only until SecureChat quits.</source>
        <translation>Ihr Nachrichtenverlauf kann nicht geöffnet werden: %1 Chatten ist möglich, aber Nachrichten werden nur aufbewahrt, bis SecureChat beendet wird.</translation>
    </message>
    <message>
        <source>Your message history cannot be opened: %1 Nothing in it was changed. Chat works, but messages are kept only until SecureChat quits.</source>
        <translation>Ihr Nachrichtenverlauf kann nicht geöffnet werden: %1 Darin wurde nichts verändert. Chatten ist möglich, aber Nachrichten werden nur aufbewahrt, bis SecureChat beendet wird.</translation>
    </message>
    <message>
        <source>Your message history is not open.</source>
        <translation>Ihr Nachrichtenverlauf ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>securechat::crypto::CapabilityReport</name>
    <message>
        <source>The cryptography plugin qca-ossl is missing or incomplete (missing: %1). Install it and start SecureChat again: on Debian and Ubuntu the package is libqca-qt6-plugins, on Fedora qca-qt6-ossl, on Arch qca-qt6, on macOS &apos;brew install qca&apos;.</source>
        <translation>Das Kryptografie-Plugin qca-ossl fehlt oder ist unvollständig (es fehlt: %1). Installieren Sie es und starten Sie SecureChat erneut: unter Debian und Ubuntu heißt das Paket libqca-qt6-plugins, unter Fedora qca-qt6-ossl, unter Arch qca-qt6, unter macOS &apos;brew install qca&apos;.</translation>
    </message>
</context>
<context>
    <name>securechat::crypto::CertificateCheck</name>
    <message>
        <source>it is not an X.509 certificate</source>
        <translation>es ist kein X.509-Zertifikat</translation>
    </message>
    <message>
        <source>there are stray bytes after the certificate</source>
        <translation>nach dem Zertifikat folgen überzählige Bytes</translation>
    </message>
    <message>
        <source>its extension %1 is malformed</source>
        <translation>seine Erweiterung %1 ist fehlerhaft</translation>
    </message>
</context>
<context>
    <name>securechat::crypto::CertificateKey</name>
    <message>
        <source>an RSA key of %1 bits</source>
        <translation>einen RSA-Schlüssel mit %1 Bit</translation>
    </message>
    <message>
        <source>a malformed RSA key</source>
        <translation>einen fehlerhaften RSA-Schlüssel</translation>
    </message>
    <message>
        <source>an RSA-PSS key</source>
        <translation>einen RSA-PSS-Schlüssel</translation>
    </message>
    <message>
        <source>a DSA key</source>
        <translation>einen DSA-Schlüssel</translation>
    </message>
    <message>
        <source>an elliptic-curve (EC) key</source>
        <translation>einen Schlüssel für elliptische Kurven (EC)</translation>
    </message>
    <message>
        <source>an Ed25519 key</source>
        <translation>einen Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>an Ed448 key</source>
        <translation>einen Ed448-Schlüssel</translation>
    </message>
    <message>
        <source>an X25519 key</source>
        <translation>einen X25519-Schlüssel</translation>
    </message>
    <message>
        <source>an X448 key</source>
        <translation>einen X448-Schlüssel</translation>
    </message>
    <message>
        <source>no readable key</source>
        <translation>keinen lesbaren Schlüssel</translation>
    </message>
    <message>
        <source>a key of an unknown type</source>
        <translation>einen Schlüssel unbekannten Typs</translation>
    </message>
    <message>
        <source>it carries %1, but SecureChat accepts only RSA keys of %2 to %3 bits</source>
        <translation>es enthält %1, aber SecureChat akzeptiert nur RSA-Schlüssel mit %2 bis %3 Bit</translation>
    </message>
</context>
<context>
    <name>securechat::crypto::Invite</name>
    <message>
        <source>This text is too long to be a SecureChat invite. Copy the invite again, exactly as you received it.</source>
        <translation>Dieser Text ist zu lang für eine SecureChat-Einladung. Kopieren Sie die Einladung erneut, genau so, wie Sie sie erhalten haben.</translation>
    </message>
    <message>
        <source>The invite is empty. Paste the whole invite, starting with securechat:</source>
        <translation>Die Einladung ist leer. Fügen Sie die ganze Einladung ein, beginnend mit securechat:</translation>
    </message>
    <message>
        <source>This invite is damaged (it contains characters no invite has). Ask for the invite again, or copy it again exactly as you received it.</source>
        <translation>Diese Einladung ist beschädigt (sie enthält Zeichen, die keine Einladung hat). Bitten Sie erneut um die Einladung oder kopieren Sie sie noch einmal genau so, wie Sie sie erhalten haben.</translation>
    </message>
    <message>
        <source>This is not a SecureChat invite. An invite starts with securechat:</source>
        <translation>Das ist keine SecureChat-Einladung. Eine Einladung beginnt mit securechat:</translation>
    </message>
    <message>
        <source>This invite is damaged (it was cut short or changed). Ask for the invite again, or copy it again exactly as you received it.</source>
        <translation>Diese Einladung ist beschädigt (sie wurde gekürzt oder verändert). Bitten Sie erneut um die Einladung oder kopieren Sie sie noch einmal genau so, wie Sie sie erhalten haben.</translation>
    </message>
    <message>
        <source>This invite was made by a newer SecureChat (invite format %1). Update SecureChat to use it.</source>
        <translation>Diese Einladung wurde von einem neueren SecureChat erstellt (Einladungsformat %1). Aktualisieren Sie SecureChat, um sie zu benutzen.</translation>
    </message>
</context>
<context>
    <name>securechat::crypto::KeyGenWorker</name>
    <message>
        <source>Choose a name before creating your identity.</source>
        <translation>Wählen Sie einen Namen, bevor Sie Ihre Identität erstellen.</translation>
    </message>
    <message>
        <source>%1-bit keys are not supported; choose 2048, 3072 or 4096 bits.</source>
        <translation>%1-Bit-Schlüssel werden nicht unterstützt; wählen Sie 2048, 3072 oder 4096 Bit.</translation>
    </message>
    <message>
        <source>The %1-bit RSA key could not be created. Check that the QCA OpenSSL plugin (qca-ossl) is installed, then try again.</source>
        <translation>Der %1-Bit-RSA-Schlüssel konnte nicht erzeugt werden. Prüfen Sie, ob das QCA-OpenSSL-Plugin (qca-ossl) installiert ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>securechat::gui::AboutDialog</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Private chat between two people over a direct, mutually authenticated TLS 1.3 connection. No server in between.</source>
        <translation>Privater Chat zwischen zwei Personen über eine direkte, gegenseitig authentifizierte TLS-1.3-Verbindung. Kein Server dazwischen.</translation>
    </message>
    <message>
        <source>no OpenSSL provider found</source>
        <translation>kein OpenSSL-Anbieter gefunden</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)
QCA %3 (%4)</source>
        <translation>Qt %1 (erstellt mit %2)
QCA %3 (%4)</translation>
    </message>
    <message>
        <source>Released under the MIT licence.&lt;br/&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Veröffentlicht unter der MIT-Lizenz.&lt;br/&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>securechat::gui::ApprovalBanner</name>
    <message>
        <source>%1 wants to talk to you</source>
        <translation>%1 möchte mit Ihnen sprechen</translation>
    </message>
    <message>
        <source>Connection from %1. You have not talked to this key before.
Fingerprint: %2
Nothing they send is shown until you accept. If you were not expecting them, reject.</source>
        <translation>Verbindung von %1. Mit diesem Schlüssel haben Sie noch nie gesprochen.
Fingerabdruck: %2
Nichts, was gesendet wird, erscheint, bevor Sie annehmen. Wenn Sie niemanden erwarten, lehnen Sie ab.</translation>
    </message>
</context>
<context>
    <name>securechat::gui::ConversationListModel</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <source>Waiting for their approval</source>
        <translation>Wartet auf Zustimmung</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
</context>
<context>
    <name>securechat::gui::ConversationPage</name>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt …</translation>
    </message>
    <message>
        <source>The message was not sent: it is too long or the conversation has ended.</source>
        <translation>Die Nachricht wurde nicht gesendet: Sie ist zu lang oder die Unterhaltung ist beendet.</translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation>Die Unterhaltung ist beendet.</translation>
    </message>
    <message>
        <source>The conversation has ended: %1</source>
        <translation>Die Unterhaltung ist beendet: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 has to accept your new key</source>
        <translation>%1 muss Ihren neuen Schlüssel annehmen</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept you</source>
        <translation>Warten, bis %1 Sie annimmt</translation>
    </message>
    <message>
        <source>What you write is kept here, queued, until %1 accepts you.</source>
        <translation>Was Sie schreiben, wird hier in der Warteschlange gehalten, bis %1 Sie annimmt.</translation>
    </message>
    <message>
        <source>%1 is not connected. What you write now is sent when you are connected again.</source>
        <translation>%1 ist nicht verbunden. Was Sie jetzt schreiben, wird gesendet, sobald Sie wieder verbunden sind.</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Peer keeps history</source>
        <translation>Gegenüber behält den Verlauf</translation>
    </message>
    <message>
        <source>%1 has to accept your new key. Your messages stay queued until then.</source>
        <translation>%1 muss Ihren neuen Schlüssel annehmen. Bis dahin warten Ihre Nachrichten in der Warteschlange.</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept you. Your messages stay queued until then.</source>
        <translation>Warten, bis %1 Sie annimmt. Bis dahin warten Ihre Nachrichten in der Warteschlange.</translation>
    </message>
    <message>
        <source>%1 keeps this conversation on their computer: what you write stays there until they delete it.</source>
        <translation>%1 bewahrt dieses Gespräch auf dem eigenen Computer auf: Was Sie schreiben, bleibt dort, bis es gelöscht wird.</translation>
    </message>
    <message>
        <source>Send Files</source>
        <translation>Dateien senden</translation>
    </message>
    <message>
        <source>Files cannot be sent in this conversation now.</source>
        <translation>In diesem Gespräch können gerade keine Dateien gesendet werden.</translation>
    </message>
    <message>
        <source>Files can be sent to contacts only: accept %1 as a contact first.</source>
        <translation>Dateien können nur an Kontakte gesendet werden: Nehmen Sie %1 zuerst als Kontakt an.</translation>
    </message>
    <message>
        <source>%1 is a folder; send the files in it, or an archive of it.</source>
        <translation>%1 ist ein Ordner; senden Sie die Dateien darin oder ein Archiv davon.</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Kein Programm konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>The folder %1 could not be shown.</source>
        <translation>Der Ordner %1 konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Send files (or drop them on the conversation, or paste them)</source>
        <translation>Dateien senden (oder in das Gespräch ziehen oder einfügen)</translation>
    </message>
    <message>
        <source>Files can be sent to contacts only</source>
        <translation>Dateien können nur an Kontakte gesendet werden</translation>
    </message>
    <message>
        <source>Save File As</source>
        <translation>Datei speichern unter</translation>
    </message>
</context>
<context>
    <name>securechat::gui::FirstRunDialog</name>
    <message>
        <source>Create a new identity</source>
        <translation>Neue Identität erstellen</translation>
    </message>
    <message>
        <source>Your new identity will be a new person to everyone who knew you: they will see a key-change warning and should check with you. The old identity file is kept as a backup.</source>
        <translation>Ihre neue Identität ist für alle, die Sie kannten, eine neue Person: Sie sehen eine Warnung über einen geänderten Schlüssel und sollten bei Ihnen nachfragen. Die alte Identitätsdatei wird als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>2048 bits (faster, minimum)</source>
        <translation>2048 Bit (schneller, Minimum)</translation>
    </message>
    <message>
        <source>3072 bits (recommended)</source>
        <translation>3072 Bit (empfohlen)</translation>
    </message>
    <message>
        <source>4096 bits (slowest)</source>
        <translation>4096 Bit (am langsamsten)</translation>
    </message>
    <message>
        <source>&amp;Create identity</source>
        <translation>Identität &amp;erstellen</translation>
    </message>
    <message>
        <source>Enter the name the people you talk to will see.</source>
        <translation>Geben Sie den Namen ein, den Ihre Gesprächspartner sehen.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Repeat the passphrase to make sure it is typed as you meant.</source>
        <translation>Wiederholen Sie die Passphrase, um Tippfehler auszuschließen.</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who can read your files can use your key.</source>
        <translation>Ohne Passphrase kann jeder, der Ihre Dateien lesen kann, Ihren Schlüssel benutzen.</translation>
    </message>
    <message>
        <source>Generating your %1-bit key. This takes a few seconds, up to a minute for 4096 bits.</source>
        <translation>Ihr %1-Bit-Schlüssel wird erzeugt. Das dauert einige Sekunden, bei 4096 Bit bis zu einer Minute.</translation>
    </message>
    <message>
        <source>The new identity could not be saved: %1</source>
        <translation>Die neue Identität konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your identity is ready.</source>
        <translation>Ihre Identität ist bereit.</translation>
    </message>
    <message>
        <source>Protecting your key with the passphrase…</source>
        <translation>Ihr Schlüssel wird mit der Passphrase geschützt …</translation>
    </message>
</context>
<context>
    <name>securechat::gui::GuiText</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Securing the connection…</source>
        <translation>Verbindung wird abgesichert …</translation>
    </message>
    <message>
        <source>Wants to talk to you</source>
        <translation>Möchte mit Ihnen sprechen</translation>
    </message>
    <message>
        <source>Key changed!</source>
        <translation>Schlüssel geändert!</translation>
    </message>
    <message>
        <source>Connected, encrypted</source>
        <translation>Verbunden, verschlüsselt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Unknown peer</source>
        <translation>Unbekanntes Gegenüber</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(noch nicht bekannt)</translation>
    </message>
    <message>
        <source>You can write as soon as the connection is secured.</source>
        <translation>Sie können schreiben, sobald die Verbindung abgesichert ist.</translation>
    </message>
    <message>
        <source>Accept or reject %1 before writing.</source>
        <translation>Nehmen Sie %1 an oder lehnen Sie ab, bevor Sie schreiben.</translation>
    </message>
    <message>
        <source>Sending is blocked until you accept %1&apos;s new key or close the conversation.</source>
        <translation>Senden ist gesperrt, bis Sie den neuen Schlüssel von %1 annehmen oder das Gespräch schließen.</translation>
    </message>
    <message>
        <source>This conversation has ended. Connect again to continue.</source>
        <translation>Dieses Gespräch ist beendet. Verbinden Sie sich erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; looks like that of your contact &quot;%2&quot;, but the key is a different one. It may be someone pretending to be %2: compare the safety number before trusting it.</source>
        <translation>Der Name „%1“ sieht aus wie der Ihres Kontakts „%2“, aber der Schlüssel ist ein anderer. Vielleicht gibt sich jemand als %2 aus: Vergleichen Sie die Sicherheitsnummer, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>verified by invite</source>
        <translation>per Einladung verifiziert</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
</context>
<context>
    <name>securechat::gui::HostConnectDialog</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>All network interfaces</source>
        <translation>Alle Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>This computer only (%1)</source>
        <translation>Nur dieser Computer (%1)</translation>
    </message>
    <message>
        <source>%1 (no network connection found; only this computer can connect)</source>
        <translation>%1 (keine Netzwerkverbindung gefunden; nur dieser Computer kann sich verbinden)</translation>
    </message>
    <message>
        <source>%1 (only programs on this computer can connect)</source>
        <translation>%1 (nur Programme auf diesem Computer können sich verbinden)</translation>
    </message>
    <message>
        <source>An address has no spaces or slashes, e.g. 192.168.1.20 or alice.example.org.</source>
        <translation>Eine Adresse enthält keine Leerzeichen oder Schrägstriche, z. B. 192.168.1.20 oder alice.example.org.</translation>
    </message>
    <message>
        <source>A fingerprint is 64 hexadecimal digits (0-9, A-F); spaces and colons are fine.</source>
        <translation>Ein Fingerabdruck besteht aus 64 Hexadezimalziffern (0-9, A-F); Leerzeichen und Doppelpunkte sind erlaubt.</translation>
    </message>
    <message>
        <source>Start &amp;hosting</source>
        <translation>&amp;Hosten starten</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message numerus="yes">
        <source>Invite from %1. SecureChat tries %n address(es) and accepts only the key %2.</source>
        <translation>
            <numerusform>Einladung von %1. SecureChat versucht %n Adresse und nimmt nur den Schlüssel %2 an.</numerusform>
            <numerusform>Einladung von %1. SecureChat versucht %n Adressen und nimmt nur den Schlüssel %2 an.</numerusform>
        </translation>
    </message>
    <message>
        <source>It expired on %1, so %2 will be asked whether to accept you.</source>
        <translation>Sie ist am %1 abgelaufen, daher wird %2 gefragt, ob Sie angenommen werden.</translation>
    </message>
    <message>
        <source>Enter the address the other person gave you, or paste their invite.</source>
        <translation>Geben Sie die Adresse ein, die Ihnen die andere Person genannt hat, oder fügen Sie ihre Einladung ein.</translation>
    </message>
    <message>
        <source>%1 — %2 (key %3…)</source>
        <translation>%1 — %2 (Schlüssel %3 …)</translation>
    </message>
    <message>
        <source>Nobody nearby is announcing yet…</source>
        <translation>In der Nähe kündigt sich noch niemand an …</translation>
    </message>
    <message>
        <source>%1 (your router&apos;s outside address: for people outside your network)</source>
        <translation>%1 (die äußere Adresse Ihres Routers: für Personen außerhalb Ihres Netzwerks)</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
</context>
<context>
    <name>securechat::gui::InviteDialog</name>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>No invite could be made.</source>
        <translation>Es konnte keine Einladung erstellt werden.</translation>
    </message>
    <message>
        <source>Co&amp;py link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Valid until %1, for one person. It tries %2, in this order.</source>
        <translation>Gültig bis %1, für eine Person. Versucht werden %2, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>&amp;New invite</source>
        <translation>&amp;Neue Einladung</translation>
    </message>
</context>
<context>
    <name>securechat::gui::KeyChangedBanner</name>
    <message>
        <source>Warning: %1&apos;s key has changed</source>
        <translation>Warnung: Der Schlüssel von %1 hat sich geändert</translation>
    </message>
    <message>
        <source>Someone calling themselves %1 connected with a different key than before. This happens when they reinstalled SecureChat or lost their key, but it is also exactly what an attacker impersonating them would cause. Ask %1 through another channel (in person or by phone) whether their key changed before you accept it.</source>
        <translation>Jemand, der sich %1 nennt, hat sich mit einem anderen Schlüssel als bisher verbunden. Das passiert, wenn SecureChat neu installiert oder der Schlüssel verloren wurde, aber genau so sähe auch ein Angreifer aus, der sich als %1 ausgibt. Fragen Sie %1 auf einem anderen Weg (persönlich oder am Telefon), ob sich der Schlüssel geändert hat, bevor Sie ihn annehmen.</translation>
    </message>
</context>
<context>
    <name>securechat::gui::MainWindow</name>
    <message>
        <source>You are %1. Your fingerprint:
%2</source>
        <translation>Sie sind %1. Ihr Fingerabdruck:
%2</translation>
    </message>
    <message>
        <source>Listening status</source>
        <translation>Lauschstatus</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>SecureChat could not listen on port %1.</source>
        <translation>SecureChat konnte nicht auf Port %1 lauschen.</translation>
    </message>
    <message>
        <source>Could not start a connection to %1.</source>
        <translation>Die Verbindung zu %1 konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Connection request</source>
        <translation>Verbindungsanfrage</translation>
    </message>
    <message>
        <source>%1 wants to talk to you.</source>
        <translation>%1 möchte mit Ihnen sprechen.</translation>
    </message>
    <message>
        <source>Warning: key changed</source>
        <translation>Warnung: Schlüssel geändert</translation>
    </message>
    <message>
        <source>%1&apos;s key has changed. Check before you accept it.</source>
        <translation>Der Schlüssel von %1 hat sich geändert. Prüfen Sie ihn, bevor Sie ihn annehmen.</translation>
    </message>
    <message>
        <source>Conversation with %1 ended: %2</source>
        <translation>Gespräch mit %1 beendet: %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Encryption of this conversation</source>
        <translation>Verschlüsselung dieses Gesprächs</translation>
    </message>
    <message>
        <source>Not hosting</source>
        <translation>Kein Hosting</translation>
    </message>
    <message>
        <source>Saying goodbye…</source>
        <translation>Verabschiede mich …</translation>
    </message>
    <message>
        <source>A connection from %1 was refused: %2</source>
        <translation>Eine Verbindung von %1 wurde abgewiesen: %2</translation>
    </message>
    <message>
        <source>The invite names no address to connect to. Ask for a new one.</source>
        <translation>Die Einladung nennt keine Adresse zum Verbinden. Bitten Sie um eine neue.</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>Your router forwards %1 to this computer: people outside your network can connect there, and invites name it first.</source>
        <translation>Ihr Router leitet %1 an diesen Computer weiter: Personen außerhalb Ihres Netzwerks können sich dort verbinden, und Einladungen nennen diese Adresse zuerst.</translation>
    </message>
    <message>
        <source>Hosting on port %1</source>
        <translation>Hostet auf Port %1</translation>
    </message>
    <message>
        <source>Where people can reach you, most useful first:
%1</source>
        <translation>Wo andere Sie erreichen, das Nützlichste zuerst:
%1</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Kontakte filtern</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Connect now</source>
        <translation>Jetzt &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>Ve&amp;rifizieren …</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>Show &amp;fingerprint…</source>
        <translation>&amp;Fingerabdruck anzeigen …</translation>
    </message>
    <message>
        <source>&amp;Delete history…</source>
        <translation>Verlauf &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete every message with %1 from this computer? This cannot be undone. %1 stays a contact.</source>
        <translation>Alle Nachrichten mit %1 von diesem Computer löschen? Das kann nicht rückgängig gemacht werden. %1 bleibt ein Kontakt.</translation>
    </message>
    <message>
        <source>&amp;Delete history</source>
        <translation>Verlauf &amp;löschen</translation>
    </message>
    <message>
        <source>Re&amp;move contact…</source>
        <translation>Kontakt &amp;entfernen …</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts? The history with %1 is deleted too, and this cannot be undone. If %1 connects again, you are asked as for someone new.</source>
        <translation>%1 aus Ihren Kontakten entfernen? Der Verlauf mit %1 wird ebenfalls gelöscht, und das kann nicht rückgängig gemacht werden. Wenn sich %1 wieder verbindet, werden Sie gefragt wie bei jemand Neuem.</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>Kontakt &amp;entfernen</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Your name for %1 (leave empty to use the name they chose):</source>
        <translation>Ihr Name für %1 (leer lassen, um den selbst gewählten Namen zu verwenden):</translation>
    </message>
    <message>
        <source>Fingerprint of %1</source>
        <translation>Fingerabdruck von %1</translation>
    </message>
    <message>
        <source>The fingerprint of %1&apos;s key:

%2</source>
        <translation>Der Fingerabdruck des Schlüssels von %1:

%2</translation>
    </message>
    <message>
        <source>&amp;Keep history</source>
        <translation>Verlauf &amp;behalten</translation>
    </message>
    <message>
        <source>As in &amp;Settings</source>
        <translation>Wie in den &amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Always</source>
        <translation>&amp;Immer</translation>
    </message>
    <message numerus="yes">
        <source>For %n &amp;days…</source>
        <translation>
            <numerusform>%n &amp;Tag …</numerusform>
            <numerusform>%n &amp;Tage …</numerusform>
        </translation>
    </message>
    <message>
        <source>For a number of &amp;days…</source>
        <translation>Eine Anzahl &amp;Tage …</translation>
    </message>
    <message>
        <source>Keep history</source>
        <translation>Verlauf behalten</translation>
    </message>
    <message>
        <source>Keep the messages with %1 for this many days (older ones are deleted at once):</source>
        <translation>Die Nachrichten mit %1 so viele Tage behalten (ältere werden sofort gelöscht):</translation>
    </message>
    <message>
        <source>&amp;Never (what is stored stays until you delete it)</source>
        <translation>&amp;Nie (Gespeichertes bleibt, bis Sie es löschen)</translation>
    </message>
    <message>
        <source>File offered</source>
        <translation>Datei angeboten</translation>
    </message>
    <message>
        <source>%1 offers %2 (%3).</source>
        <translation>%1 bietet %2 an (%3).</translation>
    </message>
    <message>
        <source>The connection ended. Check the address and port, and that the other person is hosting.</source>
        <translation>Die Verbindung wurde beendet. Prüfen Sie Adresse und Port und ob die andere Person hostet.</translation>
    </message>
    <message>
        <source>Search needs the message history, which is not available: %1</source>
        <translation>Die Suche braucht den Nachrichtenverlauf, der nicht verfügbar ist: %1</translation>
    </message>
    <message>
        <source>That message is no longer in the history (it was deleted).</source>
        <translation>Diese Nachricht ist nicht mehr im Verlauf (sie wurde gelöscht).</translation>
    </message>
</context>
<context>
    <name>securechat::gui::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>securechat::gui::MessageView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Drop files to send them</source>
        <translation>Dateien hier ablegen, um sie zu senden</translation>
    </message>
    <message>
        <source>Drop files to send them to %1</source>
        <translation>Dateien hier ablegen, um sie an %1 zu senden</translation>
    </message>
</context>
<context>
    <name>securechat::gui::PassphraseDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>That passphrase is not right (attempt %1). Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Diese Passphrase ist nicht richtig (Versuch %1). Prüfen Sie die Feststelltaste und die Tastaturbelegung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unlocking your key. This takes a moment…</source>
        <translation>Ihr Schlüssel wird entsperrt. Das dauert einen Moment …</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <source>The SecureChat key of the profile in %1 is protected by a passphrase. Enter it to start.</source>
        <translation>Der SecureChat-Schlüssel des Profils in %1 ist durch eine Passphrase geschützt. Geben Sie sie ein, um zu starten.</translation>
    </message>
</context>
<context>
    <name>securechat::gui::SearchPanel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Suchbereich</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Dieses Gespräch</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Alle Gespräche</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the search (Esc)</source>
        <translation>Suche schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>This conversation (%1)</source>
        <translation>Dieses Gespräch (%1)</translation>
    </message>
    <message>
        <source>This conversation has no history to search yet.</source>
        <translation>Dieses Gespräch hat noch keinen Verlauf, der durchsucht werden kann.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No messages contain “%1”.</source>
        <translation>Keine Nachricht enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n messages found; add words to narrow it down.</source>
        <translation>
            <numerusform>Die neueste gefundene Nachricht (%n) wird angezeigt; fügen Sie Wörter hinzu, um die Suche einzugrenzen.</numerusform>
            <numerusform>Die %n neuesten gefundenen Nachrichten werden angezeigt; fügen Sie Wörter hinzu, um die Suche einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages found: %n</source>
        <translation>
            <numerusform>Gefundene Nachrichten: %n</numerusform>
            <numerusform>Gefundene Nachrichten: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>securechat::gui::SettingsDialog</name>
    <message>
        <source>The display name cannot be empty.</source>
        <translation>Der Anzeigename darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Save Accepted Files In</source>
        <translation>Angenommene Dateien speichern in</translation>
    </message>
</context>
<context>
    <name>securechat::gui::StartupFlow</name>
    <message>
        <source>About your identity</source>
        <translation>Zu Ihrer Identität</translation>
    </message>
    <message>
        <source>Your identity could not be opened</source>
        <translation>Ihre Identität konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The identity file could not be read.</source>
        <translation>Die Identitätsdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Your key is in %1. Nothing has been changed.</source>
        <translation>Ihr Schlüssel liegt in %1. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Create a &amp;new identity…</source>
        <translation>&amp;Neue Identität erstellen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Start over with a new identity?</source>
        <translation>Mit einer neuen Identität neu beginnen?</translation>
    </message>
    <message>
        <source>A new identity is a new person to everyone who knew you: they will see a warning that your key changed. Your current file is kept as a backup next to it, so you can still recover it later.

Create a new identity?</source>
        <translation>Eine neue Identität ist für alle, die Sie kannten, eine neue Person: Sie sehen eine Warnung, dass sich Ihr Schlüssel geändert hat. Ihre bisherige Datei wird daneben als Sicherung aufbewahrt, sodass Sie sie später wiederherstellen können.

Neue Identität erstellen?</translation>
    </message>
</context>
<context>
    <name>securechat::gui::TransferText</name>
    <message>
        <source>File for %1</source>
        <translation>Datei für %1</translation>
    </message>
    <message>
        <source>%1 offers a file</source>
        <translation>%1 bietet eine Datei an</translation>
    </message>
    <message>
        <source>File from %1</source>
        <translation>Datei von %1</translation>
    </message>
    <message>
        <source>%1 (sent as &quot;%2&quot;)</source>
        <translation>%1 (gesendet als „%2“)</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>noch %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>noch %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Computing the file&apos;s SHA-256 before offering it…</source>
        <translation>SHA-256-Prüfsumme der Datei wird vor dem Anbieten berechnet …</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept it</source>
        <translation>Warten, bis %1 die Datei annimmt</translation>
    </message>
    <message>
        <source>Accept to receive it; nothing is saved before you do.</source>
        <translation>Nehmen Sie die Datei an, um sie zu empfangen; vorher wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Checking what has already arrived…</source>
        <translation>Bereits Empfangenes wird geprüft …</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation>Angehalten · %1</translation>
    </message>
    <message>
        <source>Paused · %1
%2</source>
        <translation>Angehalten · %1
%2</translation>
    </message>
    <message>
        <source>Sent; %1 checked its SHA-256</source>
        <translation>Gesendet; %1 hat die SHA-256-Prüfsumme geprüft</translation>
    </message>
    <message>
        <source>Received and checked (SHA-256)</source>
        <translation>Empfangen und geprüft (SHA-256)</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Es wurde kein Grund angegeben.</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3
%4</source>
        <translation>%1: %2, %3
%4</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>%1 · %2 has taken nothing for a while</source>
        <translation>%1 · %2 hat eine Weile nichts mehr angenommen</translation>
    </message>
    <message>
        <source>%1 · no data for a while: %2 may have paused it</source>
        <translation>%1 · seit einer Weile keine Daten: %2 hat die Übertragung vielleicht angehalten</translation>
    </message>
</context>
<context>
    <name>securechat::gui::VerifyPeerDialog</name>
    <message>
        <source>Verify %1</source>
        <translation>%1 verifizieren</translation>
    </message>
    <message>
        <source>Compare this safety number with %1 in person or on a call you trust. If it is the same on both screens, nobody is in the middle of your conversation.</source>
        <translation>Vergleichen Sie diese Sicherheitsnummer mit %1 persönlich oder in einem Anruf, dem Sie vertrauen. Ist sie auf beiden Bildschirmen gleich, sitzt niemand in der Mitte Ihres Gesprächs.</translation>
    </message>
    <message>
        <source>%1&apos;s fingerprint:</source>
        <translation>Fingerabdruck von %1:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>securechat::net::FieldReader</name>
    <message>
        <source>the &quot;%1&quot; field is missing</source>
        <translation>das Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be a text string</source>
        <translation>das Feld „%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field is empty</source>
        <translation>das Feld „%1“ ist leer</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field is longer than %2 bytes</source>
        <translation>das Feld „%1“ ist länger als %2 Byte</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field is out of range</source>
        <translation>das Feld „%1“ liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be true or false</source>
        <translation>das Feld „%1“ muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be an array</source>
        <translation>das Feld „%1“ muss ein Array sein</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field has more than %2 entries</source>
        <translation>das Feld „%1“ hat mehr als %2 Einträge</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must hold text strings of 1 to %2 bytes</source>
        <translation>das Feld „%1“ muss Zeichenketten von 1 bis %2 Byte enthalten</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be an unsigned integer</source>
        <translation>das Feld „%1“ muss eine vorzeichenlose ganze Zahl sein</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be a byte string</source>
        <translation>das Feld „%1“ muss eine Bytefolge sein</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be exactly %2 bytes long</source>
        <translation>das Feld „%1“ muss genau %2 Bytes lang sein</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be %2 bytes long at most, and not empty</source>
        <translation>das Feld „%1“ darf höchstens %2 Bytes lang und nicht leer sein</translation>
    </message>
    <message>
        <source>the &quot;transfer&quot; field holds characters other than A-Z a-z 0-9 - _ .</source>
        <translation>das Feld „transfer“ enthält andere Zeichen als A-Z a-z 0-9 - _ .</translation>
    </message>
</context>
<context>
    <name>securechat::net::FrameCodec</name>
    <message>
        <source>an empty frame</source>
        <translation>ein leerer Rahmen</translation>
    </message>
    <message>
        <source>a frame of %1 bytes, more than the limit of %2 bytes</source>
        <translation>ein Rahmen von %1 Byte, mehr als die Grenze von %2 Byte</translation>
    </message>
</context>
<context>
    <name>securechat::net::LanDiscovery</name>
    <message>
        <source>LAN discovery could not listen on UDP port %1: %2</source>
        <translation>Die Suche im lokalen Netz konnte nicht auf UDP-Port %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>securechat::net::MessageCodec</name>
    <message>
        <source>malformed CBOR (%1)</source>
        <translation>fehlerhaftes CBOR (%1)</translation>
    </message>
    <message>
        <source>bytes left over after the CBOR item</source>
        <translation>übrige Bytes nach dem CBOR-Element</translation>
    </message>
    <message>
        <source>the message is not a CBOR map</source>
        <translation>die Nachricht ist keine CBOR-Map</translation>
    </message>
    <message>
        <source>a map key is not a text string</source>
        <translation>ein Map-Schlüssel ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>der Schlüssel „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>the &quot;name&quot; field is blank or holds control characters</source>
        <translation>das Feld „name“ ist leer oder enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>the &quot;software&quot; field holds control characters</source>
        <translation>das Feld „software“ enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>the &quot;id&quot; field holds characters other than A-Z a-z 0-9 - _ .</source>
        <translation>das Feld „id“ enthält andere Zeichen als A-Z a-z 0-9 - _ .</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>unbekannter Nachrichtentyp „%1“</translation>
    </message>
    <message>
        <source>invalid %1 message: %2</source>
        <translation>ungültige %1-Nachricht: %2</translation>
    </message>
    <message>
        <source>the &quot;name&quot; field holds invisible characters, line separators or &quot;: &quot;, which could make it pass for someone else</source>
        <translation>das Feld „name“ enthält unsichtbare Zeichen, Zeilentrenner oder „: “, mit denen es sich als jemand anderes ausgeben könnte</translation>
    </message>
    <message>
        <source>the &quot;state&quot; field must be awaiting-approval, key-change-pending or accepted</source>
        <translation>das Feld &quot;state&quot; muss awaiting-approval, key-change-pending oder accepted sein</translation>
    </message>
    <message>
        <source>the &quot;invite-proof&quot; field must be %1 lowercase hexadecimal digits</source>
        <translation>das Feld „invite-proof“ muss aus %1 kleingeschriebenen Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>the &quot;media-type&quot; field holds control characters</source>
        <translation>das Feld „media-type“ enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>the &quot;offset&quot; field is out of range</source>
        <translation>das Feld „offset“ liegt außerhalb des zulässigen Bereichs</translation>
    </message>
</context>
<context>
    <name>securechat::net::PeerServer</name>
    <message>
        <source>The secure connection was not set up in time and was dropped to make room for other connections.</source>
        <translation>Die sichere Verbindung wurde nicht rechtzeitig aufgebaut und getrennt, um Platz für andere Verbindungen zu schaffen.</translation>
    </message>
    <message>
        <source>Too many connections were being set up at once. Try again in a few seconds.</source>
        <translation>Es wurden zu viele Verbindungen gleichzeitig aufgebaut. Versuchen Sie es in einigen Sekunden erneut.</translation>
    </message>
</context>
<context>
    <name>securechat::net::PeerSession</name>
    <message>
        <source>The secure connection was not set up within %1 seconds.</source>
        <translation>Die sichere Verbindung wurde nicht innerhalb von %1 Sekunden aufgebaut.</translation>
    </message>
    <message>
        <source>The peer did not introduce itself within %1 seconds.</source>
        <translation>Das Gegenüber hat sich nicht innerhalb von %1 Sekunden vorgestellt.</translation>
    </message>
    <message>
        <source>The incoming connection could not be taken over: %1</source>
        <translation>Die eingehende Verbindung konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>unexpected TLS version</source>
        <translation>unerwartete TLS-Version</translation>
    </message>
    <message>
        <source>The peer negotiated an older TLS version; only TLS 1.3 is accepted.</source>
        <translation>Das Gegenüber hat eine ältere TLS-Version ausgehandelt; nur TLS 1.3 wird akzeptiert.</translation>
    </message>
    <message>
        <source>The peer presented no usable certificate, so it cannot be identified.</source>
        <translation>Das Gegenüber hat kein brauchbares Zertifikat vorgelegt und kann daher nicht identifiziert werden.</translation>
    </message>
    <message>
        <source>The host presented the key %1, but you expected %2. Someone may be intercepting the connection, so nothing was sent.</source>
        <translation>Der Rechner hat den Schlüssel %1 vorgelegt, Sie haben aber %2 erwartet. Möglicherweise fängt jemand die Verbindung ab, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The peer presented no certificate, so it cannot be identified.</source>
        <translation>Das Gegenüber hat kein Zertifikat vorgelegt und kann daher nicht identifiziert werden.</translation>
    </message>
    <message>
        <source>The peer&apos;s certificate was refused: %1</source>
        <translation>Das Zertifikat des Gegenübers wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>a %1 message before the hello</source>
        <translation>eine %1-Nachricht vor der Begrüßung</translation>
    </message>
    <message>
        <source>The peer speaks protocol version %1, this program speaks version %2. One of you needs another version of SecureChat.</source>
        <translation>Das Gegenüber spricht Protokollversion %1, dieses Programm Version %2. Einer von Ihnen braucht eine andere Version von SecureChat.</translation>
    </message>
    <message>
        <source>a second hello</source>
        <translation>eine zweite Begrüßung</translation>
    </message>
    <message>
        <source>%1 declined the conversation.</source>
        <translation>%1 hat das Gespräch abgelehnt.</translation>
    </message>
    <message>
        <source>%1 quit SecureChat.</source>
        <translation>%1 hat SecureChat beendet.</translation>
    </message>
    <message>
        <source>%1&apos;s program reported that this side broke the protocol: %2</source>
        <translation>Das Programm von %1 meldet, dass diese Seite das Protokoll verletzt hat: %2</translation>
    </message>
    <message>
        <source>%1&apos;s program does not speak this protocol version: %2</source>
        <translation>Das Programm von %1 spricht diese Protokollversion nicht: %2</translation>
    </message>
    <message>
        <source>%1&apos;s program gave up waiting for this side.</source>
        <translation>Das Programm von %1 hat das Warten auf diese Seite aufgegeben.</translation>
    </message>
    <message>
        <source>%1 ended the conversation.</source>
        <translation>%1 hat das Gespräch beendet.</translation>
    </message>
    <message>
        <source>%1 ended the conversation: %2</source>
        <translation>%1 hat das Gespräch beendet: %2</translation>
    </message>
    <message>
        <source>The peer sent something invalid (%1), so the conversation was closed.</source>
        <translation>Das Gegenüber hat etwas Ungültiges gesendet (%1), daher wurde das Gespräch geschlossen.</translation>
    </message>
    <message>
        <source>The peer closed the connection before the session was set up (it may have refused this side&apos;s certificate).</source>
        <translation>Das Gegenüber hat die Verbindung geschlossen, bevor die Sitzung aufgebaut war (es hat vielleicht das Zertifikat dieser Seite abgelehnt).</translation>
    </message>
    <message>
        <source>Nobody accepts connections at %1 port %2 (connection refused).</source>
        <translation>Unter %1 Port %2 nimmt niemand Verbindungen an (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>The host %1 could not be found.</source>
        <translation>Der Rechner %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Der TLS-Verbindungsaufbau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>The connection closed in the middle of a message.</source>
        <translation>Die Verbindung wurde mitten in einer Nachricht geschlossen.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen.</translation>
    </message>
    <message>
        <source>The connection closed before the session was set up.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Sitzung aufgebaut war.</translation>
    </message>
    <message>
        <source>%1 stopped answering (nothing received for %2 seconds).</source>
        <translation>%1 antwortet nicht mehr (seit %2 Sekunden nichts empfangen).</translation>
    </message>
    <message>
        <source>The conversation was closed.</source>
        <translation>Das Gespräch wurde geschlossen.</translation>
    </message>
    <message>
        <source>The peer</source>
        <translation>Das Gegenüber</translation>
    </message>
    <message>
        <source>The secure connection was not set up within %1 seconds: the peer sent no TLS greeting.</source>
        <translation>Die sichere Verbindung wurde nicht innerhalb von %1 Sekunden aufgebaut: Das Gegenüber hat keine TLS-Begrüßung gesendet.</translation>
    </message>
    <message>
        <source>%1 took more than %2 seconds to send one message, so the conversation was closed.</source>
        <translation>%1 hat mehr als %2 Sekunden gebraucht, um eine Nachricht zu senden, daher wurde das Gespräch geschlossen.</translation>
    </message>
    <message>
        <source>%1 stopped reading what this side sends for %2 seconds, so the conversation was closed.</source>
        <translation>%1 hat %2 Sekunden lang nicht gelesen, was diese Seite sendet, daher wurde das Gespräch geschlossen.</translation>
    </message>
    <message>
        <source>The peer&apos;s certificate was refused: %1. SecureChat identities are made by SecureChat; ask the peer to use one.</source>
        <translation>Das Zertifikat des Gegenübers wurde abgelehnt: %1. SecureChat-Identitäten werden von SecureChat erzeugt; bitten Sie Ihr Gegenüber, eine solche zu verwenden.</translation>
    </message>
    <message>
        <source>a %1 message, but this side did not offer the &quot;files&quot; capability</source>
        <translation>eine %1-Nachricht, obwohl diese Seite die Fähigkeit „files“ nicht angeboten hat</translation>
    </message>
</context>
<context>
    <name>securechat::net::PortMapper</name>
    <message>
        <source>People on your network can still connect. People outside it cannot reach you unless you forward TCP port %1 to this computer in your router&apos;s settings, or switch on UPnP or NAT-PMP there.</source>
        <translation>Personen in Ihrem Netzwerk können sich weiterhin verbinden. Personen außerhalb erreichen Sie nur, wenn Sie in den Einstellungen Ihres Routers TCP-Port %1 an diesen Computer weiterleiten oder dort UPnP oder NAT-PMP einschalten.</translation>
    </message>
    <message>
        <source>Your router did not open a port: no router on this network answered UPnP or NAT-PMP.</source>
        <translation>Ihr Router hat keinen Port geöffnet: Kein Router in diesem Netzwerk hat auf UPnP oder NAT-PMP geantwortet.</translation>
    </message>
    <message>
        <source>Your router did not open a port: it refused (%1).</source>
        <translation>Ihr Router hat keinen Port geöffnet: Er hat abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Your router did not open a port: port %1 and the others tried are already forwarded to another device.</source>
        <translation>Ihr Router hat keinen Port geöffnet: Port %1 und die anderen versuchten Ports sind bereits an ein anderes Gerät weitergeleitet.</translation>
    </message>
    <message>
        <source>Your router opened port %1, but its own outside address %2 is private: another router, usually your Internet provider&apos;s, is in front of it. People outside your network can probably not reach you; ask your provider for a public address, or let the other person host.</source>
        <translation>Ihr Router hat Port %1 geöffnet, aber seine eigene äußere Adresse %2 ist privat: Ein weiterer Router, meist der Ihres Internetanbieters, steht davor. Personen außerhalb Ihres Netzwerks können Sie vermutlich nicht erreichen; bitten Sie Ihren Anbieter um eine öffentliche Adresse oder lassen Sie die andere Person hosten.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::ContactStore</name>
    <message>
        <source>The contacts file %1 could not be read: %2. Check its permissions; until then contacts cannot be changed.</source>
        <translation>Die Kontaktdatei %1 konnte nicht gelesen werden: %2. Prüfen Sie ihre Zugriffsrechte; bis dahin können Kontakte nicht geändert werden.</translation>
    </message>
    <message>
        <source>The contacts file %1 was written by a newer SecureChat (format %2). It was left untouched; update SecureChat to use it.</source>
        <translation>Die Kontaktdatei %1 wurde von einer neueren SecureChat-Version geschrieben (Format %2). Sie wurde nicht angetastet; aktualisieren Sie SecureChat, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The contacts file %1 is damaged. It was left untouched and contacts cannot be changed until it is repaired, restored from a backup or moved away.</source>
        <translation>Die Kontaktdatei %1 ist beschädigt. Sie wurde nicht angetastet, und Kontakte können erst geändert werden, wenn sie repariert, aus einer Sicherung wiederhergestellt oder verschoben wurde.</translation>
    </message>
    <message>
        <source>A contact without a key fingerprint cannot be added.</source>
        <translation>Ein Kontakt ohne Schlüssel-Fingerabdruck kann nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>This contact exists already.</source>
        <translation>Diesen Kontakt gibt es bereits.</translation>
    </message>
    <message>
        <source>This contact is not known.</source>
        <translation>Dieser Kontakt ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The new key belongs to another contact already.</source>
        <translation>Der neue Schlüssel gehört bereits zu einem anderen Kontakt.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::HistoryKeyStore</name>
    <message>
        <source>There is no history key (%1) yet.</source>
        <translation>Es gibt noch keinen Verlaufsschlüssel (%1).</translation>
    </message>
    <message>
        <source>The history key %1 is too large to be a SecureChat key. It was left untouched; without it the history cannot be read.</source>
        <translation>Der Verlaufsschlüssel %1 ist zu groß für einen SecureChat-Schlüssel. Er wurde nicht angetastet; ohne ihn kann der Verlauf nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The history key %1 could not be read: %2. Check the file&apos;s permissions.</source>
        <translation>Der Verlaufsschlüssel %1 konnte nicht gelesen werden: %2. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>The history key %1 is damaged. It was left untouched; restore it from a backup to read the history.</source>
        <translation>Der Verlaufsschlüssel %1 ist beschädigt. Er wurde nicht angetastet; stellen Sie ihn aus einer Sicherung wieder her, um den Verlauf zu lesen.</translation>
    </message>
    <message>
        <source>The history key %1 belongs to another identity, so this identity cannot read the history. Use the identity the history was made with.</source>
        <translation>Der Verlaufsschlüssel %1 gehört zu einer anderen Identität, daher kann diese Identität den Verlauf nicht lesen. Verwenden Sie die Identität, mit der der Verlauf angelegt wurde.</translation>
    </message>
    <message>
        <source>The history key %1 holds a key of the wrong size. It was left untouched.</source>
        <translation>Der Verlaufsschlüssel %1 enthält einen Schlüssel falscher Größe. Er wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>The history key %1 already exists and was left untouched.</source>
        <translation>Der Verlaufsschlüssel %1 existiert bereits und wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>A history key could not be made: the cryptography library failed.</source>
        <translation>Es konnte kein Verlaufsschlüssel erzeugt werden: Die Kryptografie-Bibliothek ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::HistoryStore</name>
    <message>
        <source>A message without a contact or an id cannot be stored.</source>
        <translation>Eine Nachricht ohne Kontakt oder ID kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The history database %1 has not been set up yet.</source>
        <translation>Die Verlaufsdatenbank %1 ist noch nicht eingerichtet.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::IdentityStore</name>
    <message>
        <source>There is no identity to save.</source>
        <translation>Es gibt keine Identität zum Speichern.</translation>
    </message>
    <message>
        <source>The certificate does not belong to the private key; nothing was saved.</source>
        <translation>Das Zertifikat gehört nicht zum privaten Schlüssel; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The passphrase must not contain a NUL character.</source>
        <translation>Die Passphrase darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The identity has no display name.</source>
        <translation>Die Identität hat keinen Anzeigenamen.</translation>
    </message>
    <message>
        <source>The key could not be encoded (is the qca-ossl plugin installed?).</source>
        <translation>Der Schlüssel konnte nicht kodiert werden (ist das Plugin qca-ossl installiert?).</translation>
    </message>
    <message>
        <source>An identity already exists in %1; it was left untouched. Replacing it makes you a new person to everyone who knows you.</source>
        <translation>In %1 gibt es bereits eine Identität; sie wurde nicht angetastet. Wenn Sie sie ersetzen, sind Sie für alle, die Sie kennen, eine neue Person.</translation>
    </message>
    <message>
        <source>The current identity could not be read for its backup (%1); nothing was replaced.</source>
        <translation>Die aktuelle Identität konnte für die Sicherung nicht gelesen werden (%1); es wurde nichts ersetzt.</translation>
    </message>
    <message>
        <source>There is no identity in %1 yet. Create one to start chatting.</source>
        <translation>In %1 gibt es noch keine Identität. Erstellen Sie eine, um zu chatten.</translation>
    </message>
    <message>
        <source>%1 is not a regular file. Move it away so that SecureChat can use this profile.</source>
        <translation>%1 ist keine normale Datei. Verschieben Sie sie, damit SecureChat dieses Profil verwenden kann.</translation>
    </message>
    <message>
        <source>%1 belongs to another user, so SecureChat will not use it. Make sure it is yours (chown) and readable only by you (chmod 600).</source>
        <translation>%1 gehört einem anderen Benutzer, daher verwendet SecureChat es nicht. Sorgen Sie dafür, dass es Ihnen gehört (chown) und nur für Sie lesbar ist (chmod 600).</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer and SecureChat could not change that. Run chmod 700 on the folder and chmod 600 on the file, then start again.</source>
        <translation>%1 ist für andere Benutzer dieses Computers lesbar, und SecureChat konnte das nicht ändern. Führen Sie chmod 700 für den Ordner und chmod 600 für die Datei aus und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Other users of this computer had access to %1. SecureChat has made it private to you again. If someone may have copied your key, create a new identity and tell your contacts.</source>
        <translation>Andere Benutzer dieses Computers hatten Zugriff auf %1. SecureChat hat den Zugriff wieder auf Sie beschränkt. Falls jemand Ihren Schlüssel kopiert haben könnte, erstellen Sie eine neue Identität und informieren Sie Ihre Kontakte.</translation>
    </message>
    <message>
        <source>%1 is far too large to be a SecureChat identity. Restore it from a backup, or move it away and create a new identity.</source>
        <translation>%1 ist viel zu groß für eine SecureChat-Identität. Stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie und erstellen Sie eine neue Identität.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Check that the file is readable by you.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (%2). Restore it from a backup; if you have none, move it away and create a new identity, which your contacts will see as a new person.</source>
        <translation>%1 ist beschädigt oder unvollständig (%2). Stellen Sie es aus einer Sicherung wieder her; wenn Sie keine haben, verschieben Sie es und erstellen Sie eine neue Identität, die Ihre Kontakte als neue Person sehen.</translation>
    </message>
    <message>
        <source>not a SecureChat identity file</source>
        <translation>keine SecureChat-Identitätsdatei</translation>
    </message>
    <message>
        <source>no format line</source>
        <translation>keine Formatzeile</translation>
    </message>
    <message>
        <source>bad format line</source>
        <translation>ungültige Formatzeile</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SecureChat (format %2). Update SecureChat to use it.</source>
        <translation>%1 wurde von einer neueren SecureChat-Version geschrieben (Format %2). Aktualisieren Sie SecureChat, um es zu verwenden.</translation>
    </message>
    <message>
        <source>malformed header</source>
        <translation>fehlerhafter Kopf</translation>
    </message>
    <message>
        <source>bad display name</source>
        <translation>ungültiger Anzeigename</translation>
    </message>
    <message>
        <source>checksum mismatch, the file was changed or cut short</source>
        <translation>Prüfsumme stimmt nicht, die Datei wurde verändert oder gekürzt</translation>
    </message>
    <message>
        <source>unreadable certificate</source>
        <translation>unlesbares Zertifikat</translation>
    </message>
    <message>
        <source>no private key</source>
        <translation>kein privater Schlüssel</translation>
    </message>
    <message>
        <source>Your identity is protected by a passphrase. Enter it to unlock your key.</source>
        <translation>Ihre Identität ist durch eine Passphrase geschützt. Geben Sie sie ein, um Ihren Schlüssel zu entsperren.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Check it (and the keyboard layout) and try again.</source>
        <translation>Die Passphrase ist falsch. Prüfen Sie sie (und die Tastaturbelegung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>unreadable key</source>
        <translation>unlesbarer Schlüssel</translation>
    </message>
    <message>
        <source>not an RSA key</source>
        <translation>kein RSA-Schlüssel</translation>
    </message>
    <message>
        <source>The certificate in %1 does not belong to its private key, so it cannot prove who you are. Restore the file from a backup, or move it away and create a new identity.</source>
        <translation>Das Zertifikat in %1 gehört nicht zu seinem privaten Schlüssel und kann daher nicht beweisen, wer Sie sind. Stellen Sie die Datei aus einer Sicherung wieder her oder verschieben Sie sie und erstellen Sie eine neue Identität.</translation>
    </message>
    <message>
        <source>The certificate in %1 cannot be a SecureChat identity: %2. Restore the file from a backup, or move it away and create a new identity.</source>
        <translation>Das Zertifikat in %1 kann keine SecureChat-Identität sein: %2. Stellen Sie die Datei aus einer Sicherung wieder her oder verschieben Sie sie und erstellen Sie eine neue Identität.</translation>
    </message>
    <message>
        <source>The key could not be protected with the passphrase: this system&apos;s OpenSSL lacks Argon2id (version 3.2 or later is needed). Update OpenSSL, or save the identity without a passphrase.</source>
        <translation>Der Schlüssel konnte nicht mit der Passphrase geschützt werden: Dem OpenSSL dieses Systems fehlt Argon2id (Version 3.2 oder neuer wird benötigt). Aktualisieren Sie OpenSSL oder speichern Sie die Identität ohne Passphrase.</translation>
    </message>
    <message>
        <source>SecureChat could not bring %1 up to date (%2). Your key and fingerprint are unchanged and the file still opens; it will try again at the next start.</source>
        <translation>SecureChat konnte %1 nicht aktualisieren (%2). Ihr Schlüssel und Ihr Fingerabdruck sind unverändert und die Datei lässt sich weiterhin öffnen; beim nächsten Start wird es erneut versucht.</translation>
    </message>
    <message>
        <source>SecureChat tried to bring %1 up to date, but the new file did not read back, so the old one was put back. A copy of the old file is kept in %2; keep it until SecureChat has started normally again.</source>
        <translation>SecureChat hat versucht, %1 zu aktualisieren, aber die neue Datei ließ sich nicht zurücklesen, daher wurde die alte wiederhergestellt. Eine Kopie der alten Datei liegt in %2; bewahren Sie sie auf, bis SecureChat wieder normal gestartet ist.</translation>
    </message>
    <message>
        <source>unreadable certificate (%1)</source>
        <translation>unlesbares Zertifikat (%1)</translation>
    </message>
    <message>
        <source>two private keys</source>
        <translation>zwei private Schlüssel</translation>
    </message>
    <message>
        <source>unreadable sealed key</source>
        <translation>unlesbarer versiegelter Schlüssel</translation>
    </message>
    <message>
        <source>the sealed key is cut short</source>
        <translation>der versiegelte Schlüssel ist unvollständig</translation>
    </message>
    <message>
        <source>The key in %1 was sealed by a newer version of SecureChat (seal format %2). Update SecureChat to open it; the file was left as it is.</source>
        <translation>Der Schlüssel in %1 wurde von einer neueren Version von SecureChat versiegelt (Siegelformat %2). Aktualisieren Sie SecureChat, um ihn zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Your key is protected with Argon2id, which this system&apos;s OpenSSL does not provide (version 3.2 or later is needed). Update OpenSSL; the file was left as it is.</source>
        <translation>Ihr Schlüssel ist mit Argon2id geschützt, das das OpenSSL dieses Systems nicht bietet (Version 3.2 oder neuer wird benötigt). Aktualisieren Sie OpenSSL; die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::InviteStore</name>
    <message>
        <source>The invites file %1 could not be read: %2. Check its permissions; until then invites cannot be made or used.</source>
        <translation>Die Einladungsdatei %1 konnte nicht gelesen werden: %2. Prüfen Sie ihre Berechtigungen; bis dahin können keine Einladungen erstellt oder benutzt werden.</translation>
    </message>
    <message>
        <source>The invites file %1 was written by a newer SecureChat. It was left untouched; update SecureChat to make or use invites.</source>
        <translation>Die Einladungsdatei %1 wurde von einem neueren SecureChat geschrieben. Sie wurde nicht verändert; aktualisieren Sie SecureChat, um Einladungen zu erstellen oder zu benutzen.</translation>
    </message>
    <message>
        <source>The invites file %1 is damaged. It was left untouched; move it away to make new invites (the invites in it will then no longer work).</source>
        <translation>Die Einladungsdatei %1 ist beschädigt. Sie wurde nicht verändert; verschieben Sie sie, um neue Einladungen zu erstellen (die darin enthaltenen Einladungen funktionieren dann nicht mehr).</translation>
    </message>
</context>
<context>
    <name>securechat::storage::KnownPeers</name>
    <message>
        <source>it is too large</source>
        <translation>sie ist zu groß</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>unerwarteter Inhalt</translation>
    </message>
    <message>
        <source>an entry is malformed</source>
        <translation>ein Eintrag ist fehlerhaft</translation>
    </message>
    <message>
        <source>The list of known contacts could not be read (%1). It was moved to %2 and SecureChat starts with an empty list: every contact will be asked about again.</source>
        <translation>Die Liste bekannter Kontakte konnte nicht gelesen werden (%1). Sie wurde nach %2 verschoben, und SecureChat beginnt mit einer leeren Liste: Zu jedem Kontakt wird erneut nachgefragt.</translation>
    </message>
    <message>
        <source>The list of known contacts (%1) could not be read (%2). SecureChat starts with an empty list for now.</source>
        <translation>Die Liste bekannter Kontakte (%1) konnte nicht gelesen werden (%2). SecureChat beginnt vorerst mit einer leeren Liste.</translation>
    </message>
    <message>
        <source>A contact without a key fingerprint cannot be remembered.</source>
        <translation>Ein Kontakt ohne Schlüssel-Fingerabdruck kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This contact is not known yet.</source>
        <translation>Dieser Kontakt ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>This contact is not known.</source>
        <translation>Dieser Kontakt ist nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::PrivateFiles</name>
    <message>
        <source>No folder is available for SecureChat&apos;s data.</source>
        <translation>Für die Daten von SecureChat ist kein Ordner verfügbar.</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder. Move it away and try again.</source>
        <translation>%1 existiert, ist aber kein Ordner. Verschieben Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Check that you may write to its parent folder.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden. Prüfen Sie, ob Sie in den übergeordneten Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made private to you (permissions 0700).</source>
        <translation>Der Ordner %1 konnte nicht auf Sie beschränkt werden (Rechte 0700).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be made private to you (permissions 0600).</source>
        <translation>%1 konnte nicht auf Sie beschränkt werden (Rechte 0600).</translation>
    </message>
    <message>
        <source>%1 already exists and was left untouched.</source>
        <translation>%1 existiert bereits und wurde nicht angetastet.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::Settings</name>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::SqlCipherDatabase</name>
    <message>
        <source>No transaction is open.</source>
        <translation>Es ist keine Transaktion offen.</translation>
    </message>
    <message>
        <source>The history database %1 could not be opened: it is not a SecureChat history database, or it was encrypted with another key (%2). It was left untouched; move it away to start a new history.</source>
        <translation>Die Verlaufsdatenbank %1 konnte nicht geöffnet werden: Sie ist keine SecureChat-Verlaufsdatenbank oder wurde mit einem anderen Schlüssel verschlüsselt (%2). Sie wurde nicht angetastet; verschieben Sie sie, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2). It was left untouched; restore it from a backup or move it away to start a new history.</source>
        <translation>Die Verlaufsdatenbank %1 ist beschädigt (%2). Sie wurde nicht angetastet; stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2); the message was not stored. Free some space and try again.</source>
        <translation>Der Datenträger mit %1 ist voll (%2); die Nachricht wurde nicht gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The history database %1 could not be read or written (%2). Check the disk and the file&apos;s permissions.</source>
        <translation>Die Verlaufsdatenbank %1 konnte nicht gelesen oder geschrieben werden (%2). Prüfen Sie den Datenträger und die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>The history database %1 is in use by another program (%2). Close the other SecureChat and try again.</source>
        <translation>Die Verlaufsdatenbank %1 wird von einem anderen Programm verwendet (%2). Schließen Sie das andere SecureChat und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The history database %1 reported an error (%2).</source>
        <translation>Die Verlaufsdatenbank %1 hat einen Fehler gemeldet (%2).</translation>
    </message>
    <message>
        <source>The history key has %1 bytes instead of %2.</source>
        <translation>Der Verlaufsschlüssel hat %1 Byte statt %2.</translation>
    </message>
    <message>
        <source>The history database %1 does not exist.</source>
        <translation>Die Verlaufsdatenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The history database %1 could not be created. Check that you may write to its folder.</source>
        <translation>Die Verlaufsdatenbank %1 konnte nicht erstellt werden. Prüfen Sie, ob Sie in ihren Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>setting the key</source>
        <translation>Setzen des Schlüssels</translation>
    </message>
    <message>
        <source>SecureChat was built against plain SQLite instead of SQLCipher, so the history could not be encrypted. Install SQLCipher and rebuild SecureChat.</source>
        <translation>SecureChat wurde mit einfachem SQLite statt mit SQLCipher erstellt, daher konnte der Verlauf nicht verschlüsselt werden. Installieren Sie SQLCipher und erstellen Sie SecureChat neu.</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer SecureChat (format %2; this version reads up to %3). It was left untouched; update SecureChat to read it.</source>
        <translation>Die Verlaufsdatenbank %1 wurde von einer neueren SecureChat-Version geschrieben (Format %2; diese Version liest bis %3). Sie wurde nicht angetastet; aktualisieren Sie SecureChat, um sie zu lesen.</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
</context>
</TS>
