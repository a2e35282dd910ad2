<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SecureChat</source>
        <translation>À propos de SecureChat</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>ApprovalBanner</name>
    <message>
        <source>Connection request</source>
        <translation>Demande de connexion</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Verification state</source>
        <translation>État de la vérification</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <source>Connect again to the same address, expecting the same key</source>
        <translation>Se reconnecter à la même adresse en attendant la même clé</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Entrée envoie, Maj+Entrée commence une nouvelle ligne</translation>
    </message>
    <message>
        <source>Write a message (Enter sends, Shift+Enter for a new line)</source>
        <translation>Écrire un message (Entrée envoie, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send files (or drop them on the conversation, or paste them)</source>
        <translation>Envoyer des fichiers (ou les déposer sur la conversation, ou les coller)</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to SecureChat</source>
        <translation>Bienvenue dans SecureChat</translation>
    </message>
    <message>
        <source>SecureChat needs an identity for you: a key that proves to the people you talk to that it is really you. It is made once, on this computer, and never leaves it.</source>
        <translation>SecureChat a besoin d&apos;une identité pour vous : une clé qui prouve à vos interlocuteurs que c&apos;est bien vous. Elle est créée une seule fois, sur cet ordinateur, et ne le quitte jamais.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>How others will see you</source>
        <translation>Ce que les autres verront</translation>
    </message>
    <message>
        <source>&amp;Key size:</source>
        <translation>&amp;Taille de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Taille de clé</translation>
    </message>
    <message>
        <source>&amp;Passphrase (optional):</source>
        <translation>&amp;Phrase secrète (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Protects your key on this computer</source>
        <translation>Protège votre clé sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Répéter la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Key generation progress</source>
        <translation>Progression de la génération de clé</translation>
    </message>
</context>
<context>
    <name>HostConnectDialog</name>
    <message>
        <source>Start a conversation</source>
        <translation>Commencer une conversation</translation>
    </message>
    <message>
        <source>Host or connect</source>
        <translation>Héberger ou se connecter</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Héberger</translation>
    </message>
    <message>
        <source>Wait for the other person to connect to you. Tell them one of your addresses and the port, and your fingerprint so that they can check they reached you.</source>
        <translation>Attendez que l&apos;autre personne se connecte à vous. Donnez-lui l&apos;une de vos adresses et le port, ainsi que votre empreinte, pour qu&apos;elle puisse vérifier qu&apos;elle vous a bien joint.</translation>
    </message>
    <message>
        <source>Listen &amp;on:</source>
        <translation>É&amp;couter sur&#xa0;:</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Port to listen on</source>
        <translation>Port d&apos;écoute</translation>
    </message>
    <message>
        <source>Tell them:</source>
        <translation>À communiquer&#xa0;:</translation>
    </message>
    <message>
        <source>Addresses to tell the other person</source>
        <translation>Adresses à communiquer à l&apos;autre personne</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>Votre empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Votre empreinte</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy your fingerprint to the clipboard</source>
        <translation>Copier votre empreinte dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy your fingerprint</source>
        <translation>Copier votre empreinte</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Connect to someone who is hosting. If they told you their fingerprint, enter it: SecureChat then refuses anyone else.</source>
        <translation>Se connecter à quelqu&apos;un qui héberge. S&apos;il vous a donné son empreinte, saisissez-la&#xa0;: SecureChat refusera alors toute autre personne.</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Ad&amp;resse&#xa0;:</translation>
    </message>
    <message>
        <source>Host name or address</source>
        <translation>Nom d&apos;hôte ou adresse</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Port to connect to</source>
        <translation>Port auquel se connecter</translation>
    </message>
    <message>
        <source>&amp;Fingerprint (optional):</source>
        <translation>&amp;Empreinte (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>Expected fingerprint</source>
        <translation>Empreinte attendue</translation>
    </message>
    <message>
        <source>64 hexadecimal digits</source>
        <translation>64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>R&amp;ecent connections:</source>
        <translation>Connexions ré&amp;centes&#xa0;:</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Connexions récentes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20, alice.example.org, or an invite link</source>
        <translation>p. ex. 192.168.1.20, alice.example.org ou un lien d’invitation</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Hosting &amp;nearby (LAN discovery):</source>
        <translation>Hôtes à &amp;proximité (découverte sur le réseau local)&#xa0;:</translation>
    </message>
    <message>
        <source>Hosting nearby</source>
        <translation>Hôtes à proximité</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite someone</source>
        <translation>Inviter quelqu’un</translation>
    </message>
    <message>
        <source>An invite lets one person connect to you without comparing safety numbers: it carries where to reach you and your key, and their SecureChat proves it holds the invite. It works once. Send it privately: whoever uses it first gets in.</source>
        <translation>Une invitation permet à une personne de se connecter à vous sans comparer les numéros de sécurité&#xa0;: elle indique où vous joindre et contient votre clé, et son SecureChat prouve qu’il détient l’invitation. Elle ne sert qu’une fois. Envoyez-la en privé&#xa0;: la première personne qui l’utilise entre.</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valable&#xa0;:</translation>
    </message>
    <message>
        <source>How long the invite is valid</source>
        <translation>Durée de validité de l’invitation</translation>
    </message>
    <message>
        <source>&amp;Create invite</source>
        <translation>&amp;Créer l’invitation</translation>
    </message>
    <message>
        <source>Invite as a QR code</source>
        <translation>Invitation sous forme de code QR</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Lien d’invitation</translation>
    </message>
    <message>
        <source>Co&amp;py link</source>
        <translation>Co&amp;pier le lien</translation>
    </message>
</context>
<context>
    <name>KeyChangedBanner</name>
    <message>
        <source>Warning: key changed</source>
        <translation>Attention&#xa0;: clé modifiée</translation>
    </message>
    <message>
        <source>Previous key:</source>
        <translation>Clé précédente&#xa0;:</translation>
    </message>
    <message>
        <source>Previous fingerprint</source>
        <translation>Empreinte précédente</translation>
    </message>
    <message>
        <source>New key:</source>
        <translation>Nouvelle clé&#xa0;:</translation>
    </message>
    <message>
        <source>New fingerprint</source>
        <translation>Nouvelle empreinte</translation>
    </message>
    <message>
        <source>&amp;Close conversation</source>
        <translation>&amp;Fermer la conversation</translation>
    </message>
    <message>
        <source>&amp;Accept the new key</source>
        <translation>&amp;Accepter la nouvelle clé</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Host a conversation or connect to someone to start chatting.</source>
        <translation>Hébergez une conversation ou connectez-vous à quelqu&apos;un pour discuter.</translation>
    </message>
    <message>
        <source>&amp;Host a conversation…</source>
        <translation>&amp;Héberger une conversation…</translation>
    </message>
    <message>
        <source>C&amp;onnect to someone…</source>
        <translation>Se c&amp;onnecter à quelqu&apos;un…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Host…</source>
        <translation>&amp;Héberger…</translation>
    </message>
    <message>
        <source>Listen for someone to connect to you</source>
        <translation>Attendre que quelqu&apos;un se connecte à vous</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Connect to someone who is hosting</source>
        <translation>Se connecter à quelqu&apos;un qui héberge</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Stop hosting</source>
        <translation>&amp;Arrêter d&apos;héberger</translation>
    </message>
    <message>
        <source>&amp;Verify peer…</source>
        <translation>&amp;Vérifier le correspondant…</translation>
    </message>
    <message>
        <source>Compare the safety number with your peer</source>
        <translation>Comparer le numéro de sécurité avec votre correspondant</translation>
    </message>
    <message>
        <source>Close c&amp;onversation</source>
        <translation>Fermer la c&amp;onversation</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About SecureChat</source>
        <translation>&amp;À propos de SecureChat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>&amp;Inviter quelqu’un…</translation>
    </message>
    <message>
        <source>Make a one-time invite link (and QR code) for someone to connect to you</source>
        <translation>Créer un lien d’invitation à usage unique (et un code QR) pour que quelqu’un se connecte à vous</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Find in this conversation…</source>
        <translation>&amp;Rechercher dans cette conversation…</translation>
    </message>
    <message>
        <source>Search the messages of this conversation</source>
        <translation>Rechercher dans les messages de cette conversation</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in &amp;all conversations…</source>
        <translation>Rechercher dans &amp;toutes les conversations…</translation>
    </message>
    <message>
        <source>Search the messages of every conversation</source>
        <translation>Rechercher dans les messages de toutes les conversations</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>Conversation suiva&amp;nte</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Conversation &amp;précédente</translation>
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
        <translation>Déverrouiller votre identité</translation>
    </message>
    <message>
        <source>Your SecureChat key is protected by a passphrase. Enter it to start.</source>
        <translation>Votre clé SecureChat est protégée par une phrase secrète. Saisissez-la pour commencer.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Unlocking progress</source>
        <translation>Progression du déverrouillage</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Default &amp;port:</source>
        <translation>&amp;Port par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default port</source>
        <translation>Port par défaut</translation>
    </message>
    <message>
        <source>Show &amp;notifications for messages and requests while the window is in the background</source>
        <translation>Afficher des &amp;notifications pour les messages et demandes quand la fenêtre est en arrière-plan</translation>
    </message>
    <message>
        <source>A new display name is used for conversations started after SecureChat is restarted.</source>
        <translation>Un nouveau nom affiché vaut pour les conversations commencées après le redémarrage de SecureChat.</translation>
    </message>
    <message>
        <source>While hosting, ask the &amp;router to forward the port (UPnP, NAT-PMP), so that people outside your network can connect</source>
        <translation>Pendant l’hébergement, demander au &amp;routeur de rediriger le port (UPnP, NAT-PMP) pour que des personnes extérieures à votre réseau puissent se connecter</translation>
    </message>
    <message>
        <source>&amp;LAN discovery: announce yourself while hosting and list who hosts on your local network (everyone there sees your name and key)</source>
        <translation>&amp;Découverte sur le réseau local&#xa0;: s’annoncer pendant l’hébergement et lister qui héberge sur votre réseau local (tout le monde y voit votre nom et votre clé)</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Historique&#xa0;:</translation>
    </message>
    <message>
        <source>How long conversations are kept</source>
        <translation>Durée de conservation des conversations</translation>
    </message>
    <message>
        <source>Keep every message</source>
        <translation>Garder tous les messages</translation>
    </message>
    <message>
        <source>Keep messages for</source>
        <translation>Garder les messages pendant</translation>
    </message>
    <message>
        <source>Keep nothing on disk</source>
        <translation>Ne rien garder sur le disque</translation>
    </message>
    <message>
        <source>Days to keep messages</source>
        <translation>Jours de conservation des messages</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>For contacts without a choice of their own (see a contact&apos;s menu). Messages older than the number of days are deleted at once and then daily; with &quot;Keep nothing&quot;, what is already stored stays until you delete it.</source>
        <translation>Pour les contacts sans choix propre (voir le menu d’un contact). Les messages plus anciens que ce nombre de jours sont supprimés tout de suite, puis chaque jour&#xa0;; avec «&#xa0;Ne rien garder&#xa0;», ce qui est déjà enregistré reste jusqu’à ce que vous le supprimiez.</translation>
    </message>
    <message>
        <source>&amp;Save files in:</source>
        <translation>&amp;Enregistrer les fichiers dans&#xa0;:</translation>
    </message>
    <message>
        <source>Folder for accepted files</source>
        <translation>Dossier des fichiers acceptés</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;Largest file offer:</source>
        <translation>&amp;Taille maximale des fichiers proposés&#xa0;:</translation>
    </message>
    <message>
        <source>Largest file offer in MiB; 0 accepts any size</source>
        <translation>Taille maximale des fichiers proposés, en Mio&#xa0;; 0 accepte toutes les tailles</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
</context>
<context>
    <name>VerifyPeerDialog</name>
    <message>
        <source>Verify peer</source>
        <translation>Vérifier le correspondant</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>Numéro de sécurité</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>Votre empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Votre empreinte</translation>
    </message>
    <message>
        <source>Their fingerprint:</source>
        <translation>Son empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Their fingerprint</source>
        <translation>Son empreinte</translation>
    </message>
    <message>
        <source>I compared the safety number with them and it &amp;matches</source>
        <translation>J&apos;ai comparé le numéro de sécurité avec mon correspondant et il &amp;correspond</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SecureChat: private, serverless chat between two people.</source>
        <translation>SecureChat&#xa0;: discussion privée entre deux personnes, sans serveur.</translation>
    </message>
    <message>
        <source>Keep identity, known peers and settings in &lt;directory&gt;.</source>
        <translation>Conserver identité, contacts connus et paramètres dans &lt;directory&gt;.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>SecureChat cannot start</source>
        <translation>SecureChat ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Known peers</source>
        <translation>Contacts connus</translation>
    </message>
    <message>
        <source>Write diagnostics (connections, TLS parameters, close causes, storage errors; never message text or keys) to standard error.</source>
        <translation>Écrire des diagnostics (connexions, paramètres TLS, causes de fermeture, erreurs de stockage ; jamais le texte des messages ni les clés) sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>A securechat: invite link to connect with (what the desktop passes when such a link is opened). With SecureChat already running for the profile, the link goes to it.</source>
        <translation>Un lien d’invitation securechat: avec lequel se connecter (ce que le bureau transmet à l’ouverture d’un tel lien). Si SecureChat tourne déjà pour ce profil, le lien lui est transmis.</translation>
    </message>
</context>
<context>
    <name>securechat::chat::ChatController</name>
    <message>
        <source>Port %1 is already in use on %2. Choose another port, or quit the program that is using it.</source>
        <translation>Le port %1 est déjà utilisé sur %2. Choisissez un autre port ou quittez le programme qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>The address %1 does not belong to this computer, so SecureChat cannot listen on it.</source>
        <translation>L&apos;adresse %1 n&apos;appartient pas à cet ordinateur, SecureChat ne peut donc pas y écouter.</translation>
    </message>
    <message>
        <source>Listening on port %1 needs special privileges. Choose a port above 1023.</source>
        <translation>Écouter sur le port %1 exige des privilèges particuliers. Choisissez un port supérieur à 1023.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not remember %1&apos;s key: %2</source>
        <translation>Impossible de mémoriser la clé de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent too much before you accepted the conversation, so it was closed.</source>
        <translation>%1 a envoyé trop de données avant que vous acceptiez la conversation, elle a donc été fermée.</translation>
    </message>
    <message>
        <source>You declined the conversation with %1.</source>
        <translation>Vous avez refusé la conversation avec %1.</translation>
    </message>
    <message>
        <source>You closed the conversation.</source>
        <translation>Vous avez fermé la conversation.</translation>
    </message>
    <message>
        <source>SecureChat is closing.</source>
        <translation>SecureChat se ferme.</translation>
    </message>
    <message>
        <source>You closed all conversations.</source>
        <translation>Vous avez fermé toutes les conversations.</translation>
    </message>
    <message>
        <source>The history with %1 could not be read: %2</source>
        <translation>L&apos;historique avec %1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only a contact can be reconnected to.</source>
        <translation>La reconnexion n&apos;est possible qu&apos;avec un contact.</translation>
    </message>
    <message>
        <source>%1 has always connected to you; there is no address to connect to. Ask them to connect again, or connect to their address.</source>
        <translation>%1 a toujours établi la connexion vers vous ; il n&apos;y a aucune adresse à laquelle se connecter. Demandez-lui de se reconnecter, ou connectez-vous à son adresse.</translation>
    </message>
    <message>
        <source>Replaced by another connection.</source>
        <translation>Remplacée par une autre connexion.</translation>
    </message>
    <message>
        <source>Replaced by the new key.</source>
        <translation>Remplacée par la nouvelle clé.</translation>
    </message>
    <message>
        <source>The history with %1 could not be moved to the new key: %2</source>
        <translation>L&apos;historique avec %1 n&apos;a pas pu être transféré vers la nouvelle clé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not remember %1&apos;s new key: %2</source>
        <translation>Impossible de mémoriser la nouvelle clé de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1&apos;s key changed on %2. The new fingerprint is %3.</source>
        <translation>La clé de %1 a changé le %2. La nouvelle empreinte est %3.</translation>
    </message>
    <message>
        <source>A message to %1 could not be saved: %2</source>
        <translation>Un message pour %1 n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent a message again with different text; the first version is kept.</source>
        <translation>%1 a renvoyé un message avec un texte différent ; la première version est conservée.</translation>
    </message>
    <message>
        <source>A message from %1 could not be saved, so it was not accepted: %2. It will arrive again when there is room (for example after you free disk space).</source>
        <translation>Un message de %1 n&apos;a pas pu être enregistré et n&apos;a donc pas été accepté&#xa0;: %2. Il arrivera de nouveau quand il y aura de la place (par exemple après que vous aurez libéré de l&apos;espace disque).</translation>
    </message>
    <message>
        <source>The message was not sent because it could not be saved: %1</source>
        <translation>Le message n&apos;a pas été envoyé, car il n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>You marked %1 as verified: the safety numbers matched.</source>
        <translation>Vous avez marqué %1 comme vérifié&#xa0;: les numéros de sécurité correspondaient.</translation>
    </message>
    <message>
        <source>You removed this contact.</source>
        <translation>Vous avez supprimé ce contact.</translation>
    </message>
    <message>
        <source>Invites cannot be made without a profile to keep them in.</source>
        <translation>Impossible de créer des invitations sans profil pour les conserver.</translation>
    </message>
    <message>
        <source>An invite is only useful while you host: start hosting first.</source>
        <translation>Une invitation ne sert que pendant que vous hébergez&#xa0;: commencez d’abord à héberger.</translation>
    </message>
    <message>
        <source>This computer has no network address a peer could connect to. Connect to a network, or host on all addresses, and try again.</source>
        <translation>Cet ordinateur n’a aucune adresse réseau à laquelle un correspondant pourrait se connecter. Connectez-vous à un réseau ou hébergez sur toutes les adresses, puis réessayez.</translation>
    </message>
    <message>
        <source>The invite could not be remembered, so it would not work: %1</source>
        <translation>L’invitation n’a pas pu être enregistrée et ne fonctionnerait donc pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 came with your invite, so they were let in and marked as verified by invite.</source>
        <translation>%1 est venu avec votre invitation&#xa0;: accepté et marqué comme vérifié par invitation.</translation>
    </message>
    <message>
        <source>%1 presented an invite, but this profile keeps no invites.</source>
        <translation>%1 a présenté une invitation, mais ce profil ne conserve pas d’invitations.</translation>
    </message>
    <message>
        <source>%1 presented an invite that was already used (on %2). An invite works once: accept only if you know who this is.</source>
        <translation>%1 a présenté une invitation déjà utilisée (le %2). Une invitation ne sert qu’une fois&#xa0;: n’acceptez que si vous savez de qui il s’agit.</translation>
    </message>
    <message>
        <source>%1 presented an invite that expired on %2. Accept only if you know who this is, or send them a new invite.</source>
        <translation>%1 a présenté une invitation expirée le %2. N’acceptez que si vous savez de qui il s’agit, ou envoyez-lui une nouvelle invitation.</translation>
    </message>
    <message>
        <source>%1 presented an invite that you did not make (forged, or made by another profile). Accept only if you know who this is.</source>
        <translation>%1 a présenté une invitation que vous n’avez pas créée (falsifiée ou créée par un autre profil). N’acceptez que si vous savez de qui il s’agit.</translation>
    </message>
    <message>
        <source>%1 presented an invite, but your invites could not be checked: %2</source>
        <translation>%1 a présenté une invitation, mais vos invitations n’ont pas pu être vérifiées&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is verified by invite: their key is the one the invite named.</source>
        <translation>%1 est vérifié par invitation&#xa0;: sa clé est celle que nommait l’invitation.</translation>
    </message>
    <message>
        <source>Only a contact&apos;s history can be kept: accept the peer first.</source>
        <translation>Seul l’historique d’un contact peut être conservé&#xa0;: acceptez d’abord le correspondant.</translation>
    </message>
    <message>
        <source>Messages can be kept for 1 to %1 days; choose a number in that range.</source>
        <translation>Les messages peuvent être conservés de 1 à %1 jours&#xa0;; choisissez un nombre dans cet intervalle.</translation>
    </message>
    <message>
        <source>%1 is not in your contacts file, so the choice cannot be remembered. Check that the profile folder can be written to, then try again.</source>
        <translation>%1 ne figure pas dans votre fichier de contacts, le choix ne peut donc pas être enregistré. Vérifiez que le dossier du profil est accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>Messages with %1 older than %2 days could not be deleted: %3</source>
        <translation>Les messages avec %1 datant de plus de %2 jours n’ont pas pu être supprimés&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>securechat::chat::FileTransfers</name>
    <message>
        <source>%1 is not a file that can be read. Check the path and its permissions.</source>
        <translation>%1 n&apos;est pas un fichier lisible. Vérifiez le chemin et ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>%1 is too large to send.</source>
        <translation>%1 est trop volumineux pour être envoyé.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end, or changed while it was being read. Send it again once it is complete.</source>
        <translation>%1 n&apos;a pas pu être lu jusqu&apos;au bout, ou a changé pendant la lecture. Renvoyez-le une fois qu&apos;il est complet.</translation>
    </message>
    <message>
        <source>%1 asked for %2 from byte %3, which this side never offered.</source>
        <translation>%1 a demandé %2 à partir de l&apos;octet %3, ce qui n&apos;a jamais été proposé ici.</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was offered, so the transfer stopped rather than mix two versions. Send it again.</source>
        <translation>%1 a changé sur le disque depuis qu&apos;il a été proposé&#xa0;; le transfert s&apos;est arrêté plutôt que de mélanger deux versions. Renvoyez-le.</translation>
    </message>
    <message>
        <source>The receiver&apos;s answer for %1 was inconsistent.</source>
        <translation>La réponse du destinataire pour %1 était incohérente.</translation>
    </message>
    <message>
        <source>What the receiver already holds of %1 is not the start of the file here any more: the file changed since it was offered. Send it again.</source>
        <translation>Ce que le destinataire possède déjà de %1 n&apos;est plus le début du fichier ici&#xa0;: le fichier a changé depuis qu&apos;il a été proposé. Renvoyez-le.</translation>
    </message>
    <message>
        <source>%1 can no longer be read. Check that it still exists.</source>
        <translation>%1 ne peut plus être lu. Vérifiez qu&apos;il existe toujours.</translation>
    </message>
    <message>
        <source>%1 changed on disk while it was being sent, so the transfer stopped rather than mix two versions. Send it again.</source>
        <translation>%1 a changé sur le disque pendant l&apos;envoi&#xa0;; le transfert s&apos;est arrêté plutôt que de mélanger deux versions. Renvoyez-le.</translation>
    </message>
    <message>
        <source>Paused by the receiver.</source>
        <translation>Mis en pause par le destinataire.</translation>
    </message>
    <message>
        <source>The receiver said %1 was complete before it had all of it.</source>
        <translation>Le destinataire a déclaré %1 complet avant de l&apos;avoir reçu en entier.</translation>
    </message>
    <message>
        <source>The sender offered %1 again with other contents.</source>
        <translation>L&apos;expéditeur a de nouveau proposé %1 avec un autre contenu.</translation>
    </message>
    <message>
        <source>There is no offer waiting with that number.</source>
        <translation>Aucune proposition en attente ne porte ce numéro.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written. Choose another folder.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>There is not enough free space in %1 for %2 (%3 needed, %4 free). Free some space or choose another folder.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace libre dans %1 pour %2 (%3 nécessaires, %4 libres). Libérez de l&apos;espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Every name for %1 in %2 is taken. Choose another folder.</source>
        <translation>Tous les noms pour %1 dans %2 sont pris. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2. Choose another folder.</source>
        <translation>%1 n&apos;a pas pu être créé&#xa0;: %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The partly received %1 is gone from %2; ask for it again.</source>
        <translation>Le fichier %1 partiellement reçu a disparu de %2&#xa0;; demandez-le à nouveau.</translation>
    </message>
    <message>
        <source>The partly received %1 could not be read; ask for it again.</source>
        <translation>Le fichier %1 partiellement reçu n&apos;a pas pu être lu&#xa0;; demandez-le à nouveau.</translation>
    </message>
    <message>
        <source>The partly received %1 could not be opened for writing.</source>
        <translation>Le fichier %1 partiellement reçu n&apos;a pas pu être ouvert en écriture.</translation>
    </message>
    <message>
        <source>%1 sent data for %2 before it was accepted.</source>
        <translation>%1 a envoyé des données pour %2 avant qu&apos;il soit accepté.</translation>
    </message>
    <message>
        <source>The sender&apos;s data for %1 arrived out of order (at byte %2, expected %3).</source>
        <translation>Les données de l&apos;expéditeur pour %1 sont arrivées dans le désordre (à l&apos;octet %2, attendu %3).</translation>
    </message>
    <message>
        <source>The sender sent more of %1 than the %2 it offered.</source>
        <translation>L&apos;expéditeur a envoyé davantage de %1 que les %2 proposés.</translation>
    </message>
    <message>
        <source>The disk of %1 is (nearly) full. Free some space, then resume the transfer: what arrived so far is kept.</source>
        <translation>Le disque de %1 est (presque) plein. Libérez de l&apos;espace, puis reprenez le transfert&#xa0;: ce qui est déjà arrivé est conservé.</translation>
    </message>
    <message>
        <source>%1 could not be written to the disk.</source>
        <translation>%1 n&apos;a pas pu être écrit sur le disque.</translation>
    </message>
    <message>
        <source>%1 arrived complete but differs from what was offered (its SHA-256 does not match), so it was deleted. Ask the sender to send it again.</source>
        <translation>%1 est arrivé complet mais diffère de ce qui était proposé (son SHA-256 ne correspond pas)&#xa0;; il a donc été supprimé. Demandez à l&apos;expéditeur de le renvoyer.</translation>
    </message>
    <message>
        <source>%1 was received and checked, but could not be renamed from %2. Rename it yourself.</source>
        <translation>%1 a été reçu et vérifié, mais n&apos;a pas pu être renommé depuis %2. Renommez-le vous-même.</translation>
    </message>
    <message>
        <source>The contact declined %1.</source>
        <translation>Le contact a refusé %1.</translation>
    </message>
    <message>
        <source>The contact does not accept files as large as %1.</source>
        <translation>Le contact n&apos;accepte pas de fichiers aussi volumineux que %1.</translation>
    </message>
    <message>
        <source>The contact has too many transfers waiting; send %1 again later.</source>
        <translation>Le contact a trop de transferts en attente&#xa0;; renvoyez %1 plus tard.</translation>
    </message>
    <message>
        <source>%1 changed on the sender&apos;s disk since it was offered. Ask them to send it again.</source>
        <translation>%1 a changé sur le disque de l&apos;expéditeur depuis qu&apos;il a été proposé. Demandez-lui de l&apos;envoyer à nouveau.</translation>
    </message>
    <message>
        <source>The contact received %1, but it did not match what was offered.</source>
        <translation>Le contact a reçu %1, mais il ne correspondait pas à ce qui était proposé.</translation>
    </message>
    <message>
        <source>The contact cancelled %1.</source>
        <translation>Le contact a annulé %1.</translation>
    </message>
    <message>
        <source>(They said: %1)</source>
        <translation>(Motif indiqué&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Cancelled here.</source>
        <translation>Annulé ici.</translation>
    </message>
    <message>
        <source>Paused here.</source>
        <translation>Mis en pause ici.</translation>
    </message>
    <message>
        <source>The state of file transfers could not be saved (%1); transfers may not resume after a restart.</source>
        <translation>L&apos;état des transferts de fichiers n&apos;a pas pu être enregistré (%1)&#xa0;; les transferts risquent de ne pas reprendre après un redémarrage.</translation>
    </message>
    <message>
        <source>%1 could not be read; unfinished transfers start again from the beginning, and transfers are not remembered until it is moved away.</source>
        <translation>%1 n’a pas pu être lu&#xa0;; les transferts inachevés reprennent depuis le début, et les transferts ne sont plus mémorisés tant que ce fichier n’a pas été déplacé.</translation>
    </message>
    <message>
        <source>%1 could not be read and was kept as %2; unfinished transfers start again from the beginning.</source>
        <translation>%1 n’a pas pu être lu et a été conservé sous le nom %2&#xa0;; les transferts inachevés reprennent depuis le début.</translation>
    </message>
    <message>
        <source>Damaged transfers were left out of %1; transfers are not remembered until the file is moved away.</source>
        <translation>Des transferts endommagés de %1 ont été écartés&#xa0;; les transferts ne sont plus mémorisés tant que ce fichier n’a pas été déplacé.</translation>
    </message>
    <message>
        <source>Damaged transfers were left out of %1; the file was kept as %2.</source>
        <translation>Des transferts endommagés de %1 ont été écartés&#xa0;; le fichier a été conservé sous le nom %2.</translation>
    </message>
    <message>
        <source>Declined here.</source>
        <translation>Refusé ici.</translation>
    </message>
</context>
<context>
    <name>securechat::chat::Profile</name>
    <message>
        <source>Your message history cannot be opened: %1 Chat works, but messages are kept only until SecureChat quits.</source>
        <translation>Votre historique des messages ne peut pas être ouvert&#xa0;: %1 La discussion fonctionne, mais les messages ne sont conservés que jusqu&apos;à la fermeture de SecureChat.</translation>
    </message>
    <message>
        <source>Your message history cannot be opened: %1 Nothing in it was changed. Chat works, but messages are kept only until SecureChat quits.</source>
        <translation>Votre historique des messages ne peut pas être ouvert&#xa0;: %1 Rien n&apos;y a été modifié. La discussion fonctionne, mais les messages ne sont conservés que jusqu&apos;à la fermeture de SecureChat.</translation>
    </message>
    <message>
        <source>Your message history is not open.</source>
        <translation>Votre historique des messages n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>securechat::crypto::CapabilityReport</name>
    <message>
        <source>The cryptography plugin qca-ossl is missing or incomplete (missing: %1). Install it and start SecureChat again: on Debian and Ubuntu the package is libqca-qt6-plugins, on Fedora qca-qt6-ossl, on Arch qca-qt6, on macOS &apos;brew install qca&apos;.</source>
        <translation>Le module de cryptographie qca-ossl est absent ou incomplet (manque&#xa0;: %1). Installez-le puis relancez SecureChat&#xa0;: sous Debian et Ubuntu le paquet s&apos;appelle libqca-qt6-plugins, sous Fedora qca-qt6-ossl, sous Arch qca-qt6, sous macOS &apos;brew install qca&apos;.</translation>
    </message>
</context>
<context>
    <name>securechat::crypto::CertificateCheck</name>
    <message>
        <source>it is not an X.509 certificate</source>
        <translation>ce n’est pas un certificat X.509</translation>
    </message>
    <message>
        <source>there are stray bytes after the certificate</source>
        <translation>des octets superflus suivent le certificat</translation>
    </message>
    <message>
        <source>its extension %1 is malformed</source>
        <translation>son extension %1 est mal formée</translation>
    </message>
</context>
<context>
    <name>securechat::crypto::CertificateKey</name>
    <message>
        <source>an RSA key of %1 bits</source>
        <translation>une clé RSA de %1 bits</translation>
    </message>
    <message>
        <source>a malformed RSA key</source>
        <translation>une clé RSA mal formée</translation>
    </message>
    <message>
        <source>an RSA-PSS key</source>
        <translation>une clé RSA-PSS</translation>
    </message>
    <message>
        <source>a DSA key</source>
        <translation>une clé DSA</translation>
    </message>
    <message>
        <source>an elliptic-curve (EC) key</source>
        <translation>une clé à courbe elliptique (EC)</translation>
    </message>
    <message>
        <source>an Ed25519 key</source>
        <translation>une clé Ed25519</translation>
    </message>
    <message>
        <source>an Ed448 key</source>
        <translation>une clé Ed448</translation>
    </message>
    <message>
        <source>an X25519 key</source>
        <translation>une clé X25519</translation>
    </message>
    <message>
        <source>an X448 key</source>
        <translation>une clé X448</translation>
    </message>
    <message>
        <source>no readable key</source>
        <translation>une clé illisible</translation>
    </message>
    <message>
        <source>a key of an unknown type</source>
        <translation>une clé de type inconnu</translation>
    </message>
    <message>
        <source>it carries %1, but SecureChat accepts only RSA keys of %2 to %3 bits</source>
        <translation>il contient %1, mais SecureChat n&apos;accepte que les clés RSA de %2 à %3 bits</translation>
    </message>
</context>
<context>
    <name>securechat::crypto::Invite</name>
    <message>
        <source>This text is too long to be a SecureChat invite. Copy the invite again, exactly as you received it.</source>
        <translation>Ce texte est trop long pour être une invitation SecureChat. Copiez de nouveau l’invitation, exactement telle que vous l’avez reçue.</translation>
    </message>
    <message>
        <source>The invite is empty. Paste the whole invite, starting with securechat:</source>
        <translation>L’invitation est vide. Collez l’invitation entière, qui commence par securechat:</translation>
    </message>
    <message>
        <source>This invite is damaged (it contains characters no invite has). Ask for the invite again, or copy it again exactly as you received it.</source>
        <translation>Cette invitation est endommagée (elle contient des caractères qu’aucune invitation ne contient). Redemandez l’invitation, ou copiez-la de nouveau exactement telle que vous l’avez reçue.</translation>
    </message>
    <message>
        <source>This is not a SecureChat invite. An invite starts with securechat:</source>
        <translation>Ce n’est pas une invitation SecureChat. Une invitation commence par securechat:</translation>
    </message>
    <message>
        <source>This invite is damaged (it was cut short or changed). Ask for the invite again, or copy it again exactly as you received it.</source>
        <translation>Cette invitation est endommagée (elle a été tronquée ou modifiée). Redemandez l’invitation, ou copiez-la de nouveau exactement telle que vous l’avez reçue.</translation>
    </message>
    <message>
        <source>This invite was made by a newer SecureChat (invite format %1). Update SecureChat to use it.</source>
        <translation>Cette invitation a été créée par un SecureChat plus récent (format d’invitation %1). Mettez SecureChat à jour pour l’utiliser.</translation>
    </message>
</context>
<context>
    <name>securechat::crypto::KeyGenWorker</name>
    <message>
        <source>Choose a name before creating your identity.</source>
        <translation>Choisissez un nom avant de créer votre identité.</translation>
    </message>
    <message>
        <source>%1-bit keys are not supported; choose 2048, 3072 or 4096 bits.</source>
        <translation>Les clés de %1 bits ne sont pas prises en charge ; choisissez 2048, 3072 ou 4096 bits.</translation>
    </message>
    <message>
        <source>The %1-bit RSA key could not be created. Check that the QCA OpenSSL plugin (qca-ossl) is installed, then try again.</source>
        <translation>La clé RSA de %1 bits n&apos;a pas pu être créée. Vérifiez que le module QCA OpenSSL (qca-ossl) est installé, puis réessayez.</translation>
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
        <translation>Discussion privée entre deux personnes par une connexion TLS 1.3 directe et mutuellement authentifiée. Aucun serveur entre les deux.</translation>
    </message>
    <message>
        <source>no OpenSSL provider found</source>
        <translation>aucun fournisseur OpenSSL trouvé</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)
QCA %3 (%4)</source>
        <translation>Qt %1 (compilé avec %2)
QCA %3 (%4)</translation>
    </message>
    <message>
        <source>Released under the MIT licence.&lt;br/&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Publié sous licence MIT.&lt;br/&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>securechat::gui::ApprovalBanner</name>
    <message>
        <source>%1 wants to talk to you</source>
        <translation>%1 souhaite discuter avec vous</translation>
    </message>
    <message>
        <source>Connection from %1. You have not talked to this key before.
Fingerprint: %2
Nothing they send is shown until you accept. If you were not expecting them, reject.</source>
        <translation>Connexion depuis %1. Vous n&apos;avez jamais échangé avec cette clé.
Empreinte&#xa0;: %2
Rien de ce qu&apos;elle envoie n&apos;est affiché avant que vous acceptiez. Si vous n&apos;attendiez personne, refusez.</translation>
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
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for their approval</source>
        <translation>En attente de son accord</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
</context>
<context>
    <name>securechat::gui::ConversationPage</name>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 écrit…</translation>
    </message>
    <message>
        <source>The message was not sent: it is too long or the conversation has ended.</source>
        <translation>Le message n’a pas été envoyé&#xa0;: il est trop long ou la conversation est terminée.</translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation>La conversation est terminée.</translation>
    </message>
    <message>
        <source>The conversation has ended: %1</source>
        <translation>La conversation est terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>%1 has to accept your new key</source>
        <translation>%1 doit accepter votre nouvelle clé</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept you</source>
        <translation>En attente de l’acceptation de %1</translation>
    </message>
    <message>
        <source>What you write is kept here, queued, until %1 accepts you.</source>
        <translation>Ce que vous écrivez est conservé ici, en file d’attente, jusqu’à ce que %1 vous accepte.</translation>
    </message>
    <message>
        <source>%1 is not connected. What you write now is sent when you are connected again.</source>
        <translation>%1 n’est pas connecté. Ce que vous écrivez maintenant sera envoyé dès que vous serez de nouveau connectés.</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Entrée envoie, Maj+Entrée commence une nouvelle ligne</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Peer keeps history</source>
        <translation>Le correspondant garde l’historique</translation>
    </message>
    <message>
        <source>%1 has to accept your new key. Your messages stay queued until then.</source>
        <translation>%1 doit accepter votre nouvelle clé. D’ici là, vos messages restent en attente.</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept you. Your messages stay queued until then.</source>
        <translation>En attente que %1 vous accepte. D’ici là, vos messages restent en attente.</translation>
    </message>
    <message>
        <source>%1 keeps this conversation on their computer: what you write stays there until they delete it.</source>
        <translation>%1 garde cette conversation sur son ordinateur&#xa0;: ce que vous écrivez y reste jusqu’à ce qu’il ou elle le supprime.</translation>
    </message>
    <message>
        <source>Send Files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <source>Files cannot be sent in this conversation now.</source>
        <translation>Impossible d’envoyer des fichiers dans cette conversation pour le moment.</translation>
    </message>
    <message>
        <source>Files can be sent to contacts only: accept %1 as a contact first.</source>
        <translation>Les fichiers ne peuvent être envoyés qu’à des contacts&#xa0;: acceptez d’abord %1 comme contact.</translation>
    </message>
    <message>
        <source>%1 is a folder; send the files in it, or an archive of it.</source>
        <translation>%1 est un dossier&#xa0;; envoyez les fichiers qu’il contient, ou une archive du dossier.</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Aucun programme n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be shown.</source>
        <translation>Le dossier %1 n’a pas pu être affiché.</translation>
    </message>
    <message>
        <source>Send files (or drop them on the conversation, or paste them)</source>
        <translation>Envoyer des fichiers (ou les déposer sur la conversation, ou les coller)</translation>
    </message>
    <message>
        <source>Files can be sent to contacts only</source>
        <translation>Les fichiers ne peuvent être envoyés qu’à des contacts</translation>
    </message>
    <message>
        <source>Save File As</source>
        <translation>Enregistrer le fichier sous</translation>
    </message>
</context>
<context>
    <name>securechat::gui::FirstRunDialog</name>
    <message>
        <source>Create a new identity</source>
        <translation>Créer une nouvelle identité</translation>
    </message>
    <message>
        <source>Your new identity will be a new person to everyone who knew you: they will see a key-change warning and should check with you. The old identity file is kept as a backup.</source>
        <translation>Votre nouvelle identité sera une nouvelle personne pour tous ceux qui vous connaissaient&#xa0;: ils verront un avertissement de changement de clé et devraient vérifier auprès de vous. L&apos;ancien fichier d&apos;identité est conservé en sauvegarde.</translation>
    </message>
    <message>
        <source>2048 bits (faster, minimum)</source>
        <translation>2048 bits (plus rapide, minimum)</translation>
    </message>
    <message>
        <source>3072 bits (recommended)</source>
        <translation>3072 bits (recommandé)</translation>
    </message>
    <message>
        <source>4096 bits (slowest)</source>
        <translation>4096 bits (le plus lent)</translation>
    </message>
    <message>
        <source>&amp;Create identity</source>
        <translation>&amp;Créer l&apos;identité</translation>
    </message>
    <message>
        <source>Enter the name the people you talk to will see.</source>
        <translation>Saisissez le nom que verront vos interlocuteurs.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>Repeat the passphrase to make sure it is typed as you meant.</source>
        <translation>Répétez la phrase secrète pour vous assurer qu&apos;elle est tapée comme voulu.</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who can read your files can use your key.</source>
        <translation>Sans phrase secrète, quiconque peut lire vos fichiers peut utiliser votre clé.</translation>
    </message>
    <message>
        <source>Generating your %1-bit key. This takes a few seconds, up to a minute for 4096 bits.</source>
        <translation>Génération de votre clé de %1 bits. Cela prend quelques secondes, jusqu&apos;à une minute pour 4096 bits.</translation>
    </message>
    <message>
        <source>The new identity could not be saved: %1</source>
        <translation>La nouvelle identité n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your identity is ready.</source>
        <translation>Votre identité est prête.</translation>
    </message>
    <message>
        <source>Protecting your key with the passphrase…</source>
        <translation>Protection de votre clé par la phrase secrète…</translation>
    </message>
</context>
<context>
    <name>securechat::gui::GuiText</name>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Securing the connection…</source>
        <translation>Sécurisation de la connexion…</translation>
    </message>
    <message>
        <source>Wants to talk to you</source>
        <translation>Souhaite discuter avec vous</translation>
    </message>
    <message>
        <source>Key changed!</source>
        <translation>Clé modifiée&#xa0;!</translation>
    </message>
    <message>
        <source>Connected, encrypted</source>
        <translation>Connecté, chiffré</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>remis</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>Unknown peer</source>
        <translation>Correspondant inconnu</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(pas encore connue)</translation>
    </message>
    <message>
        <source>You can write as soon as the connection is secured.</source>
        <translation>Vous pourrez écrire dès que la connexion sera sécurisée.</translation>
    </message>
    <message>
        <source>Accept or reject %1 before writing.</source>
        <translation>Acceptez ou refusez %1 avant d&apos;écrire.</translation>
    </message>
    <message>
        <source>Sending is blocked until you accept %1&apos;s new key or close the conversation.</source>
        <translation>L&apos;envoi est bloqué jusqu&apos;à ce que vous acceptiez la nouvelle clé de %1 ou fermiez la conversation.</translation>
    </message>
    <message>
        <source>This conversation has ended. Connect again to continue.</source>
        <translation>Cette conversation est terminée. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; looks like that of your contact &quot;%2&quot;, but the key is a different one. It may be someone pretending to be %2: compare the safety number before trusting it.</source>
        <translation>Le nom « %1 » ressemble à celui de votre contact « %2 », mais la clé est différente. Quelqu&apos;un se fait peut-être passer pour %2 : comparez le numéro de sécurité avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>verified by invite</source>
        <translation>vérifié par invitation</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
</context>
<context>
    <name>securechat::gui::HostConnectDialog</name>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>All network interfaces</source>
        <translation>Toutes les interfaces réseau</translation>
    </message>
    <message>
        <source>This computer only (%1)</source>
        <translation>Cet ordinateur seulement (%1)</translation>
    </message>
    <message>
        <source>%1 (no network connection found; only this computer can connect)</source>
        <translation>%1 (aucune connexion réseau trouvée ; seul cet ordinateur peut se connecter)</translation>
    </message>
    <message>
        <source>%1 (only programs on this computer can connect)</source>
        <translation>%1 (seuls les programmes de cet ordinateur peuvent se connecter)</translation>
    </message>
    <message>
        <source>An address has no spaces or slashes, e.g. 192.168.1.20 or alice.example.org.</source>
        <translation>Une adresse ne contient ni espaces ni barres obliques, p. ex. 192.168.1.20 ou alice.example.org.</translation>
    </message>
    <message>
        <source>A fingerprint is 64 hexadecimal digits (0-9, A-F); spaces and colons are fine.</source>
        <translation>Une empreinte compte 64 chiffres hexadécimaux (0-9, A-F) ; espaces et deux-points sont acceptés.</translation>
    </message>
    <message>
        <source>Start &amp;hosting</source>
        <translation>Commencer à &amp;héberger</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message numerus="yes">
        <source>Invite from %1. SecureChat tries %n address(es) and accepts only the key %2.</source>
        <translation>
            <numerusform>Invitation de %1. SecureChat essaie %n adresse et n’accepte que la clé %2.</numerusform>
            <numerusform>Invitation de %1. SecureChat essaie %n adresses et n’accepte que la clé %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>It expired on %1, so %2 will be asked whether to accept you.</source>
        <translation>Elle a expiré le %1&#xa0;; %2 devra donc décider s’il vous accepte.</translation>
    </message>
    <message>
        <source>Enter the address the other person gave you, or paste their invite.</source>
        <translation>Saisissez l’adresse que l’autre personne vous a donnée, ou collez son invitation.</translation>
    </message>
    <message>
        <source>%1 — %2 (key %3…)</source>
        <translation>%1 — %2 (clé %3…)</translation>
    </message>
    <message>
        <source>Nobody nearby is announcing yet…</source>
        <translation>Personne à proximité ne s’annonce encore…</translation>
    </message>
    <message>
        <source>%1 (your router&apos;s outside address: for people outside your network)</source>
        <translation>%1 (l’adresse extérieure de votre routeur&#xa0;: pour les personnes extérieures à votre réseau)</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Un port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>securechat::gui::InviteDialog</name>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>No invite could be made.</source>
        <translation>Aucune invitation n’a pu être créée.</translation>
    </message>
    <message>
        <source>Co&amp;py link</source>
        <translation>Co&amp;pier le lien</translation>
    </message>
    <message>
        <source>Valid until %1, for one person. It tries %2, in this order.</source>
        <translation>Valable jusqu’au %1, pour une personne. Elle essaie %2, dans cet ordre.</translation>
    </message>
    <message>
        <source>&amp;New invite</source>
        <translation>&amp;Nouvelle invitation</translation>
    </message>
</context>
<context>
    <name>securechat::gui::KeyChangedBanner</name>
    <message>
        <source>Warning: %1&apos;s key has changed</source>
        <translation>Attention&#xa0;: la clé de %1 a changé</translation>
    </message>
    <message>
        <source>Someone calling themselves %1 connected with a different key than before. This happens when they reinstalled SecureChat or lost their key, but it is also exactly what an attacker impersonating them would cause. Ask %1 through another channel (in person or by phone) whether their key changed before you accept it.</source>
        <translation>Quelqu&apos;un se présentant comme %1 s&apos;est connecté avec une clé différente de la précédente. Cela arrive après une réinstallation de SecureChat ou une perte de clé, mais c&apos;est aussi exactement ce que provoquerait un attaquant se faisant passer pour %1. Demandez à %1 par un autre moyen (en personne ou par téléphone) si sa clé a changé avant de l&apos;accepter.</translation>
    </message>
</context>
<context>
    <name>securechat::gui::MainWindow</name>
    <message>
        <source>You are %1. Your fingerprint:
%2</source>
        <translation>Vous êtes %1. Votre empreinte&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Listening status</source>
        <translation>État d&apos;écoute</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <source>SecureChat could not listen on port %1.</source>
        <translation>SecureChat n&apos;a pas pu écouter sur le port %1.</translation>
    </message>
    <message>
        <source>Could not start a connection to %1.</source>
        <translation>Impossible d&apos;établir une connexion vers %1.</translation>
    </message>
    <message>
        <source>Connection request</source>
        <translation>Demande de connexion</translation>
    </message>
    <message>
        <source>%1 wants to talk to you.</source>
        <translation>%1 souhaite discuter avec vous.</translation>
    </message>
    <message>
        <source>Warning: key changed</source>
        <translation>Attention&#xa0;: clé modifiée</translation>
    </message>
    <message>
        <source>%1&apos;s key has changed. Check before you accept it.</source>
        <translation>La clé de %1 a changé. Vérifiez-la avant de l&apos;accepter.</translation>
    </message>
    <message>
        <source>Conversation with %1 ended: %2</source>
        <translation>Conversation avec %1 terminée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Encryption of this conversation</source>
        <translation>Chiffrement de cette conversation</translation>
    </message>
    <message>
        <source>Not hosting</source>
        <translation>Pas d&apos;hébergement</translation>
    </message>
    <message>
        <source>Saying goodbye…</source>
        <translation>Au revoir…</translation>
    </message>
    <message>
        <source>A connection from %1 was refused: %2</source>
        <translation>Une connexion depuis %1 a été refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The invite names no address to connect to. Ask for a new one.</source>
        <translation>L’invitation n’indique aucune adresse à laquelle se connecter. Demandez-en une nouvelle.</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>Your router forwards %1 to this computer: people outside your network can connect there, and invites name it first.</source>
        <translation>Votre routeur redirige %1 vers cet ordinateur&#xa0;: des personnes extérieures à votre réseau peuvent s’y connecter, et les invitations l’indiquent en premier.</translation>
    </message>
    <message>
        <source>Hosting on port %1</source>
        <translation>Héberge sur le port %1</translation>
    </message>
    <message>
        <source>Where people can reach you, most useful first:
%1</source>
        <translation>Où l’on peut vous joindre, le plus utile en premier&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Filtrer les contacts</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Connect now</source>
        <translation>Se &amp;connecter maintenant</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Show &amp;fingerprint…</source>
        <translation>Afficher l’&amp;empreinte…</translation>
    </message>
    <message>
        <source>&amp;Delete history…</source>
        <translation>&amp;Supprimer l’historique…</translation>
    </message>
    <message>
        <source>Delete every message with %1 from this computer? This cannot be undone. %1 stays a contact.</source>
        <translation>Supprimer de cet ordinateur tous les messages échangés avec %1&#xa0;? Cette action est irréversible. %1 reste un contact.</translation>
    </message>
    <message>
        <source>&amp;Delete history</source>
        <translation>&amp;Supprimer l’historique</translation>
    </message>
    <message>
        <source>Re&amp;move contact…</source>
        <translation>Reti&amp;rer le contact…</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts? The history with %1 is deleted too, and this cannot be undone. If %1 connects again, you are asked as for someone new.</source>
        <translation>Retirer %1 de vos contacts&#xa0;? L’historique avec %1 est aussi supprimé, de façon irréversible. Si %1 se connecte de nouveau, la question vous sera posée comme pour quelqu’un de nouveau.</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>&amp;Retirer le contact</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>Your name for %1 (leave empty to use the name they chose):</source>
        <translation>Votre nom pour %1 (laisser vide pour utiliser le nom qu’il ou elle a choisi)&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint of %1</source>
        <translation>Empreinte de %1</translation>
    </message>
    <message>
        <source>The fingerprint of %1&apos;s key:

%2</source>
        <translation>L’empreinte de la clé de %1&#xa0;:

%2</translation>
    </message>
    <message>
        <source>&amp;Keep history</source>
        <translation>&amp;Garder l’historique</translation>
    </message>
    <message>
        <source>As in &amp;Settings</source>
        <translation>Comme dans les &amp;paramètres</translation>
    </message>
    <message>
        <source>&amp;Always</source>
        <translation>&amp;Toujours</translation>
    </message>
    <message numerus="yes">
        <source>For %n &amp;days…</source>
        <translation>
            <numerusform>Pendant %n &amp;jour…</numerusform>
            <numerusform>Pendant %n &amp;jours…</numerusform>
        </translation>
    </message>
    <message>
        <source>For a number of &amp;days…</source>
        <translation>Pendant un nombre de &amp;jours…</translation>
    </message>
    <message>
        <source>Keep history</source>
        <translation>Garder l’historique</translation>
    </message>
    <message>
        <source>Keep the messages with %1 for this many days (older ones are deleted at once):</source>
        <translation>Garder les messages avec %1 pendant ce nombre de jours (les plus anciens sont supprimés tout de suite)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Never (what is stored stays until you delete it)</source>
        <translation>&amp;Jamais (ce qui est enregistré reste jusqu’à ce que vous le supprimiez)</translation>
    </message>
    <message>
        <source>File offered</source>
        <translation>Fichier proposé</translation>
    </message>
    <message>
        <source>%1 offers %2 (%3).</source>
        <translation>%1 propose %2 (%3).</translation>
    </message>
    <message>
        <source>The connection ended. Check the address and port, and that the other person is hosting.</source>
        <translation>La connexion s’est terminée. Vérifiez l’adresse et le port, et assurez-vous que l’autre personne héberge bien la conversation.</translation>
    </message>
    <message>
        <source>Search needs the message history, which is not available: %1</source>
        <translation>La recherche a besoin de l’historique des messages, qui n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>That message is no longer in the history (it was deleted).</source>
        <translation>Ce message ne figure plus dans l’historique (il a été supprimé).</translation>
    </message>
</context>
<context>
    <name>securechat::gui::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>securechat::gui::MessageView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Drop files to send them</source>
        <translation>Déposez des fichiers ici pour les envoyer</translation>
    </message>
    <message>
        <source>Drop files to send them to %1</source>
        <translation>Déposez des fichiers ici pour les envoyer à %1</translation>
    </message>
</context>
<context>
    <name>securechat::gui::PassphraseDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>That passphrase is not right (attempt %1). Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Cette phrase secrète n&apos;est pas la bonne (essai %1). Vérifiez le verrouillage des majuscules et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
        <source>Unlocking your key. This takes a moment…</source>
        <translation>Déverrouillage de votre clé. Cela prend un instant…</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Déverrouiller %1</translation>
    </message>
    <message>
        <source>The SecureChat key of the profile in %1 is protected by a passphrase. Enter it to start.</source>
        <translation>La clé SecureChat du profil situé dans %1 est protégée par une phrase secrète. Saisissez-la pour commencer.</translation>
    </message>
</context>
<context>
    <name>securechat::gui::SearchPanel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Où rechercher</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Cette conversation</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Toutes les conversations</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the search (Esc)</source>
        <translation>Fermer la recherche (Échap)</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>This conversation (%1)</source>
        <translation>Cette conversation (%1)</translation>
    </message>
    <message>
        <source>This conversation has no history to search yet.</source>
        <translation>Cette conversation n’a pas encore d’historique dans lequel rechercher.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>No messages contain “%1”.</source>
        <translation>Aucun message ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n messages found; add words to narrow it down.</source>
        <translation>
            <numerusform>Le message trouvé le plus récent (%n) est affiché&#xa0;; ajoutez des mots pour affiner la recherche.</numerusform>
            <numerusform>Les %n messages trouvés les plus récents sont affichés&#xa0;; ajoutez des mots pour affiner la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages found: %n</source>
        <translation>
            <numerusform>Messages trouvés&#xa0;: %n</numerusform>
            <numerusform>Messages trouvés&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>securechat::gui::SettingsDialog</name>
    <message>
        <source>The display name cannot be empty.</source>
        <translation>Le nom affiché ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save Accepted Files In</source>
        <translation>Enregistrer les fichiers acceptés dans</translation>
    </message>
</context>
<context>
    <name>securechat::gui::StartupFlow</name>
    <message>
        <source>About your identity</source>
        <translation>À propos de votre identité</translation>
    </message>
    <message>
        <source>Your identity could not be opened</source>
        <translation>Votre identité n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>The identity file could not be read.</source>
        <translation>Le fichier d&apos;identité n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Your key is in %1. Nothing has been changed.</source>
        <translation>Votre clé se trouve dans %1. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>Ou&amp;vrir le dossier</translation>
    </message>
    <message>
        <source>Create a &amp;new identity…</source>
        <translation>Créer une &amp;nouvelle identité…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Start over with a new identity?</source>
        <translation>Recommencer avec une nouvelle identité&#xa0;?</translation>
    </message>
    <message>
        <source>A new identity is a new person to everyone who knew you: they will see a warning that your key changed. Your current file is kept as a backup next to it, so you can still recover it later.

Create a new identity?</source>
        <translation>Une nouvelle identité est une nouvelle personne pour tous ceux qui vous connaissaient&#xa0;: ils verront un avertissement indiquant que votre clé a changé. Votre fichier actuel est conservé à côté en sauvegarde, vous pourrez donc le récupérer plus tard.

Créer une nouvelle identité&#xa0;?</translation>
    </message>
</context>
<context>
    <name>securechat::gui::TransferText</name>
    <message>
        <source>File for %1</source>
        <translation>Fichier pour %1</translation>
    </message>
    <message>
        <source>%1 offers a file</source>
        <translation>%1 propose un fichier</translation>
    </message>
    <message>
        <source>File from %1</source>
        <translation>Fichier envoyé par %1</translation>
    </message>
    <message>
        <source>%1 (sent as &quot;%2&quot;)</source>
        <translation>%1 (envoyé sous le nom «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s restante</numerusform>
            <numerusform>%n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>%1 min %2 s restantes</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min restantes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Computing the file&apos;s SHA-256 before offering it…</source>
        <translation>Calcul du SHA-256 du fichier avant de le proposer…</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept it</source>
        <translation>En attente de l’acceptation de %1</translation>
    </message>
    <message>
        <source>Accept to receive it; nothing is saved before you do.</source>
        <translation>Acceptez le fichier pour le recevoir&#xa0;; rien n’est enregistré avant.</translation>
    </message>
    <message>
        <source>Checking what has already arrived…</source>
        <translation>Vérification de ce qui est déjà arrivé…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation>En pause · %1</translation>
    </message>
    <message>
        <source>Paused · %1
%2</source>
        <translation>En pause · %1
%2</translation>
    </message>
    <message>
        <source>Sent; %1 checked its SHA-256</source>
        <translation>Envoyé&#xa0;; %1 a vérifié son SHA-256</translation>
    </message>
    <message>
        <source>Received and checked (SHA-256)</source>
        <translation>Reçu et vérifié (SHA-256)</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Aucun motif n’a été indiqué.</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3
%4</source>
        <translation>%1&#xa0;: %2, %3
%4</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>%1 · %2 has taken nothing for a while</source>
        <translation>%1 · %2 n’a rien reçu depuis un moment</translation>
    </message>
    <message>
        <source>%1 · no data for a while: %2 may have paused it</source>
        <translation>%1 · aucune donnée depuis un moment&#xa0;: %2 a peut-être mis le transfert en pause</translation>
    </message>
</context>
<context>
    <name>securechat::gui::VerifyPeerDialog</name>
    <message>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <source>Compare this safety number with %1 in person or on a call you trust. If it is the same on both screens, nobody is in the middle of your conversation.</source>
        <translation>Comparez ce numéro de sécurité avec %1 en personne ou lors d&apos;un appel de confiance. S&apos;il est identique sur les deux écrans, personne ne s&apos;est glissé au milieu de votre conversation.</translation>
    </message>
    <message>
        <source>%1&apos;s fingerprint:</source>
        <translation>Empreinte de %1&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>securechat::net::FieldReader</name>
    <message>
        <source>the &quot;%1&quot; field is missing</source>
        <translation>le champ «&#xa0;%1&#xa0;» est absent</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be a text string</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit être une chaîne de texte</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field is empty</source>
        <translation>le champ «&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field is longer than %2 bytes</source>
        <translation>le champ «&#xa0;%1&#xa0;» dépasse %2 octets</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field is out of range</source>
        <translation>le champ «&#xa0;%1&#xa0;» est hors limites</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be true or false</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit valoir vrai ou faux</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be an array</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit être un tableau</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field has more than %2 entries</source>
        <translation>le champ «&#xa0;%1&#xa0;» a plus de %2 entrées</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must hold text strings of 1 to %2 bytes</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit contenir des chaînes de 1 à %2 octets</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be an unsigned integer</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit être un entier non signé</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be a byte string</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit être une chaîne d’octets</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be exactly %2 bytes long</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit compter exactement %2 octets</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be %2 bytes long at most, and not empty</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit compter au plus %2 octets et ne pas être vide</translation>
    </message>
    <message>
        <source>the &quot;transfer&quot; field holds characters other than A-Z a-z 0-9 - _ .</source>
        <translation>le champ «&#xa0;transfer&#xa0;» contient des caractères autres que A-Z a-z 0-9 - _ .</translation>
    </message>
</context>
<context>
    <name>securechat::net::FrameCodec</name>
    <message>
        <source>an empty frame</source>
        <translation>une trame vide</translation>
    </message>
    <message>
        <source>a frame of %1 bytes, more than the limit of %2 bytes</source>
        <translation>une trame de %1 octets, au-delà de la limite de %2 octets</translation>
    </message>
</context>
<context>
    <name>securechat::net::LanDiscovery</name>
    <message>
        <source>LAN discovery could not listen on UDP port %1: %2</source>
        <translation>La découverte sur le réseau local n’a pas pu écouter sur le port UDP %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>securechat::net::MessageCodec</name>
    <message>
        <source>malformed CBOR (%1)</source>
        <translation>CBOR mal formé (%1)</translation>
    </message>
    <message>
        <source>bytes left over after the CBOR item</source>
        <translation>des octets restent après l&apos;élément CBOR</translation>
    </message>
    <message>
        <source>the message is not a CBOR map</source>
        <translation>le message n&apos;est pas une table CBOR</translation>
    </message>
    <message>
        <source>a map key is not a text string</source>
        <translation>une clé de la table n&apos;est pas une chaîne de texte</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>la clé «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>the &quot;name&quot; field is blank or holds control characters</source>
        <translation>le champ «&#xa0;name&#xa0;» est vide ou contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>the &quot;software&quot; field holds control characters</source>
        <translation>le champ «&#xa0;software&#xa0;» contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>the &quot;id&quot; field holds characters other than A-Z a-z 0-9 - _ .</source>
        <translation>le champ «&#xa0;id&#xa0;» contient des caractères autres que A-Z a-z 0-9 - _ .</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>type de message inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid %1 message: %2</source>
        <translation>message %1 invalide&#xa0;: %2</translation>
    </message>
    <message>
        <source>the &quot;name&quot; field holds invisible characters, line separators or &quot;: &quot;, which could make it pass for someone else</source>
        <translation>le champ « name » contient des caractères invisibles, des séparateurs de ligne ou « : », qui pourraient le faire passer pour quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>the &quot;state&quot; field must be awaiting-approval, key-change-pending or accepted</source>
        <translation>le champ &quot;state&quot; doit valoir awaiting-approval, key-change-pending ou accepted</translation>
    </message>
    <message>
        <source>the &quot;invite-proof&quot; field must be %1 lowercase hexadecimal digits</source>
        <translation>le champ «&#xa0;invite-proof&#xa0;» doit compter %1 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>the &quot;media-type&quot; field holds control characters</source>
        <translation>le champ «&#xa0;media-type&#xa0;» contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>the &quot;offset&quot; field is out of range</source>
        <translation>le champ «&#xa0;offset&#xa0;» est hors limites</translation>
    </message>
</context>
<context>
    <name>securechat::net::PeerServer</name>
    <message>
        <source>The secure connection was not set up in time and was dropped to make room for other connections.</source>
        <translation>La connexion sécurisée n&apos;a pas été établie à temps et a été abandonnée pour faire place à d&apos;autres connexions.</translation>
    </message>
    <message>
        <source>Too many connections were being set up at once. Try again in a few seconds.</source>
        <translation>Trop de connexions étaient en cours d&apos;établissement en même temps. Réessayez dans quelques secondes.</translation>
    </message>
</context>
<context>
    <name>securechat::net::PeerSession</name>
    <message>
        <source>The secure connection was not set up within %1 seconds.</source>
        <translation>La connexion sécurisée n&apos;a pas été établie dans les %1 secondes.</translation>
    </message>
    <message>
        <source>The peer did not introduce itself within %1 seconds.</source>
        <translation>Le correspondant ne s&apos;est pas présenté dans les %1 secondes.</translation>
    </message>
    <message>
        <source>The incoming connection could not be taken over: %1</source>
        <translation>La connexion entrante n&apos;a pas pu être prise en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>unexpected TLS version</source>
        <translation>version de TLS inattendue</translation>
    </message>
    <message>
        <source>The peer negotiated an older TLS version; only TLS 1.3 is accepted.</source>
        <translation>Le correspondant a négocié une version de TLS plus ancienne ; seul TLS 1.3 est accepté.</translation>
    </message>
    <message>
        <source>The peer presented no usable certificate, so it cannot be identified.</source>
        <translation>Le correspondant n&apos;a présenté aucun certificat utilisable et ne peut donc pas être identifié.</translation>
    </message>
    <message>
        <source>The host presented the key %1, but you expected %2. Someone may be intercepting the connection, so nothing was sent.</source>
        <translation>L&apos;hôte a présenté la clé %1, mais vous attendiez %2. Quelqu&apos;un intercepte peut-être la connexion, rien n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>The peer presented no certificate, so it cannot be identified.</source>
        <translation>Le correspondant n&apos;a présenté aucun certificat et ne peut donc pas être identifié.</translation>
    </message>
    <message>
        <source>The peer&apos;s certificate was refused: %1</source>
        <translation>Le certificat du correspondant a été refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>a %1 message before the hello</source>
        <translation>un message %1 avant le hello</translation>
    </message>
    <message>
        <source>The peer speaks protocol version %1, this program speaks version %2. One of you needs another version of SecureChat.</source>
        <translation>Le correspondant parle la version %1 du protocole, ce programme la version %2. L&apos;un de vous a besoin d&apos;une autre version de SecureChat.</translation>
    </message>
    <message>
        <source>a second hello</source>
        <translation>un second hello</translation>
    </message>
    <message>
        <source>%1 declined the conversation.</source>
        <translation>%1 a refusé la conversation.</translation>
    </message>
    <message>
        <source>%1 quit SecureChat.</source>
        <translation>%1 a quitté SecureChat.</translation>
    </message>
    <message>
        <source>%1&apos;s program reported that this side broke the protocol: %2</source>
        <translation>Le programme de %1 signale que ce côté-ci a enfreint le protocole&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1&apos;s program does not speak this protocol version: %2</source>
        <translation>Le programme de %1 ne parle pas cette version du protocole&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1&apos;s program gave up waiting for this side.</source>
        <translation>Le programme de %1 a cessé d&apos;attendre ce côté-ci.</translation>
    </message>
    <message>
        <source>%1 ended the conversation.</source>
        <translation>%1 a mis fin à la conversation.</translation>
    </message>
    <message>
        <source>%1 ended the conversation: %2</source>
        <translation>%1 a mis fin à la conversation&#xa0;: %2</translation>
    </message>
    <message>
        <source>The peer sent something invalid (%1), so the conversation was closed.</source>
        <translation>Le correspondant a envoyé quelque chose d&apos;invalide (%1), la conversation a donc été fermée.</translation>
    </message>
    <message>
        <source>The peer closed the connection before the session was set up (it may have refused this side&apos;s certificate).</source>
        <translation>Le correspondant a fermé la connexion avant que la session soit établie (il a peut-être refusé le certificat de ce côté-ci).</translation>
    </message>
    <message>
        <source>Nobody accepts connections at %1 port %2 (connection refused).</source>
        <translation>Personne n&apos;accepte de connexions sur %1 port %2 (connexion refusée).</translation>
    </message>
    <message>
        <source>The host %1 could not be found.</source>
        <translation>L&apos;hôte %1 est introuvable.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>L&apos;établissement de la connexion TLS a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection closed in the middle of a message.</source>
        <translation>La connexion s&apos;est fermée au milieu d&apos;un message.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connexion avec %1 a été perdue.</translation>
    </message>
    <message>
        <source>The connection closed before the session was set up.</source>
        <translation>La connexion s&apos;est fermée avant que la session soit établie.</translation>
    </message>
    <message>
        <source>%1 stopped answering (nothing received for %2 seconds).</source>
        <translation>%1 ne répond plus (rien reçu depuis %2 secondes).</translation>
    </message>
    <message>
        <source>The conversation was closed.</source>
        <translation>La conversation a été fermée.</translation>
    </message>
    <message>
        <source>The peer</source>
        <translation>Le correspondant</translation>
    </message>
    <message>
        <source>The secure connection was not set up within %1 seconds: the peer sent no TLS greeting.</source>
        <translation>La connexion sécurisée n&apos;a pas été établie dans les %1 secondes&#xa0;: le correspondant n&apos;a envoyé aucun message d&apos;ouverture TLS.</translation>
    </message>
    <message>
        <source>%1 took more than %2 seconds to send one message, so the conversation was closed.</source>
        <translation>%1 a mis plus de %2 secondes à envoyer un message, la conversation a donc été fermée.</translation>
    </message>
    <message>
        <source>%1 stopped reading what this side sends for %2 seconds, so the conversation was closed.</source>
        <translation>%1 a cessé de lire ce que ce côté-ci envoie pendant %2 secondes, la conversation a donc été fermée.</translation>
    </message>
    <message>
        <source>The peer&apos;s certificate was refused: %1. SecureChat identities are made by SecureChat; ask the peer to use one.</source>
        <translation>Le certificat du correspondant a été refusé&#xa0;: %1. Les identités SecureChat sont créées par SecureChat ; demandez au correspondant d&apos;en utiliser une.</translation>
    </message>
    <message>
        <source>a %1 message, but this side did not offer the &quot;files&quot; capability</source>
        <translation>un message %1, alors que ce côté n’a pas proposé la capacité «&#xa0;files&#xa0;»</translation>
    </message>
</context>
<context>
    <name>securechat::net::PortMapper</name>
    <message>
        <source>People on your network can still connect. People outside it cannot reach you unless you forward TCP port %1 to this computer in your router&apos;s settings, or switch on UPnP or NAT-PMP there.</source>
        <translation>Les personnes de votre réseau peuvent toujours se connecter. Celles de l’extérieur ne peuvent vous joindre que si vous redirigez le port TCP %1 vers cet ordinateur dans les réglages de votre routeur, ou si vous y activez UPnP ou NAT-PMP.</translation>
    </message>
    <message>
        <source>Your router did not open a port: no router on this network answered UPnP or NAT-PMP.</source>
        <translation>Votre routeur n’a pas ouvert de port&#xa0;: aucun routeur de ce réseau n’a répondu à UPnP ni à NAT-PMP.</translation>
    </message>
    <message>
        <source>Your router did not open a port: it refused (%1).</source>
        <translation>Votre routeur n’a pas ouvert de port&#xa0;: il a refusé (%1).</translation>
    </message>
    <message>
        <source>Your router did not open a port: port %1 and the others tried are already forwarded to another device.</source>
        <translation>Votre routeur n’a pas ouvert de port&#xa0;: le port %1 et les autres essayés sont déjà redirigés vers un autre appareil.</translation>
    </message>
    <message>
        <source>Your router opened port %1, but its own outside address %2 is private: another router, usually your Internet provider&apos;s, is in front of it. People outside your network can probably not reach you; ask your provider for a public address, or let the other person host.</source>
        <translation>Votre routeur a ouvert le port %1, mais sa propre adresse extérieure %2 est privée&#xa0;: un autre routeur, généralement celui de votre fournisseur d’accès, se trouve devant. Les personnes extérieures à votre réseau ne pourront probablement pas vous joindre&#xa0;; demandez une adresse publique à votre fournisseur, ou laissez l’autre personne héberger.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::ContactStore</name>
    <message>
        <source>The contacts file %1 could not be read: %2. Check its permissions; until then contacts cannot be changed.</source>
        <translation>Le fichier des contacts %1 n&apos;a pas pu être lu&#xa0;: %2. Vérifiez ses droits d&apos;accès ; d&apos;ici là, les contacts ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>The contacts file %1 was written by a newer SecureChat (format %2). It was left untouched; update SecureChat to use it.</source>
        <translation>Le fichier des contacts %1 a été écrit par une version plus récente de SecureChat (format %2). Il n&apos;a pas été modifié ; mettez SecureChat à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The contacts file %1 is damaged. It was left untouched and contacts cannot be changed until it is repaired, restored from a backup or moved away.</source>
        <translation>Le fichier des contacts %1 est endommagé. Il n&apos;a pas été modifié, et les contacts ne peuvent pas être modifiés tant qu&apos;il n&apos;a pas été réparé, restauré depuis une sauvegarde ou déplacé.</translation>
    </message>
    <message>
        <source>A contact without a key fingerprint cannot be added.</source>
        <translation>Un contact sans empreinte de clé ne peut pas être ajouté.</translation>
    </message>
    <message>
        <source>This contact exists already.</source>
        <translation>Ce contact existe déjà.</translation>
    </message>
    <message>
        <source>This contact is not known.</source>
        <translation>Ce contact n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>The new key belongs to another contact already.</source>
        <translation>La nouvelle clé appartient déjà à un autre contact.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::HistoryKeyStore</name>
    <message>
        <source>There is no history key (%1) yet.</source>
        <translation>Il n&apos;y a pas encore de clé d&apos;historique (%1).</translation>
    </message>
    <message>
        <source>The history key %1 is too large to be a SecureChat key. It was left untouched; without it the history cannot be read.</source>
        <translation>La clé d&apos;historique %1 est trop volumineuse pour être une clé SecureChat. Elle n&apos;a pas été modifiée ; sans elle, l&apos;historique ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The history key %1 could not be read: %2. Check the file&apos;s permissions.</source>
        <translation>La clé d&apos;historique %1 n&apos;a pas pu être lue&#xa0;: %2. Vérifiez les droits d&apos;accès du fichier.</translation>
    </message>
    <message>
        <source>The history key %1 is damaged. It was left untouched; restore it from a backup to read the history.</source>
        <translation>La clé d&apos;historique %1 est endommagée. Elle n&apos;a pas été modifiée ; restaurez-la depuis une sauvegarde pour lire l&apos;historique.</translation>
    </message>
    <message>
        <source>The history key %1 belongs to another identity, so this identity cannot read the history. Use the identity the history was made with.</source>
        <translation>La clé d&apos;historique %1 appartient à une autre identité, cette identité ne peut donc pas lire l&apos;historique. Utilisez l&apos;identité avec laquelle l&apos;historique a été créé.</translation>
    </message>
    <message>
        <source>The history key %1 holds a key of the wrong size. It was left untouched.</source>
        <translation>La clé d&apos;historique %1 contient une clé de taille incorrecte. Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The history key %1 already exists and was left untouched.</source>
        <translation>La clé d&apos;historique %1 existe déjà et n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>A history key could not be made: the cryptography library failed.</source>
        <translation>Aucune clé d&apos;historique n&apos;a pu être créée&#xa0;: la bibliothèque de cryptographie a échoué.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::HistoryStore</name>
    <message>
        <source>A message without a contact or an id cannot be stored.</source>
        <translation>Un message sans contact ou sans identifiant ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>The history database %1 has not been set up yet.</source>
        <translation>La base de données de l’historique %1 n’a pas encore été configurée.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::IdentityStore</name>
    <message>
        <source>There is no identity to save.</source>
        <translation>Il n&apos;y a aucune identité à enregistrer.</translation>
    </message>
    <message>
        <source>The certificate does not belong to the private key; nothing was saved.</source>
        <translation>Le certificat n&apos;appartient pas à la clé privée ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The passphrase must not contain a NUL character.</source>
        <translation>La phrase secrète ne doit pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <source>The identity has no display name.</source>
        <translation>L&apos;identité n&apos;a pas de nom affiché.</translation>
    </message>
    <message>
        <source>The key could not be encoded (is the qca-ossl plugin installed?).</source>
        <translation>La clé n&apos;a pas pu être encodée (le module qca-ossl est-il installé&#xa0;?).</translation>
    </message>
    <message>
        <source>An identity already exists in %1; it was left untouched. Replacing it makes you a new person to everyone who knows you.</source>
        <translation>Une identité existe déjà dans %1 ; elle n&apos;a pas été modifiée. La remplacer fait de vous une nouvelle personne pour tous ceux qui vous connaissent.</translation>
    </message>
    <message>
        <source>The current identity could not be read for its backup (%1); nothing was replaced.</source>
        <translation>L&apos;identité actuelle n&apos;a pas pu être lue pour sa sauvegarde (%1) ; rien n&apos;a été remplacé.</translation>
    </message>
    <message>
        <source>There is no identity in %1 yet. Create one to start chatting.</source>
        <translation>Il n&apos;y a pas encore d&apos;identité dans %1. Créez-en une pour discuter.</translation>
    </message>
    <message>
        <source>%1 is not a regular file. Move it away so that SecureChat can use this profile.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire. Déplacez-le pour que SecureChat puisse utiliser ce profil.</translation>
    </message>
    <message>
        <source>%1 belongs to another user, so SecureChat will not use it. Make sure it is yours (chown) and readable only by you (chmod 600).</source>
        <translation>%1 appartient à un autre utilisateur, SecureChat ne l&apos;utilisera donc pas. Assurez-vous qu&apos;il vous appartient (chown) et que vous seul pouvez le lire (chmod 600).</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer and SecureChat could not change that. Run chmod 700 on the folder and chmod 600 on the file, then start again.</source>
        <translation>%1 est lisible par d&apos;autres utilisateurs de cet ordinateur et SecureChat n&apos;a pas pu y remédier. Exécutez chmod 700 sur le dossier et chmod 600 sur le fichier, puis relancez.</translation>
    </message>
    <message>
        <source>Other users of this computer had access to %1. SecureChat has made it private to you again. If someone may have copied your key, create a new identity and tell your contacts.</source>
        <translation>D&apos;autres utilisateurs de cet ordinateur avaient accès à %1. SecureChat l&apos;a de nouveau rendu privé. Si quelqu&apos;un a pu copier votre clé, créez une nouvelle identité et prévenez vos contacts.</translation>
    </message>
    <message>
        <source>%1 is far too large to be a SecureChat identity. Restore it from a backup, or move it away and create a new identity.</source>
        <translation>%1 est bien trop volumineux pour être une identité SecureChat. Restaurez-le depuis une sauvegarde, ou déplacez-le et créez une nouvelle identité.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Check that the file is readable by you.</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2. Vérifiez que vous pouvez lire ce fichier.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (%2). Restore it from a backup; if you have none, move it away and create a new identity, which your contacts will see as a new person.</source>
        <translation>%1 est endommagé ou incomplet (%2). Restaurez-le depuis une sauvegarde ; à défaut, déplacez-le et créez une nouvelle identité, que vos contacts verront comme une nouvelle personne.</translation>
    </message>
    <message>
        <source>not a SecureChat identity file</source>
        <translation>pas un fichier d&apos;identité SecureChat</translation>
    </message>
    <message>
        <source>no format line</source>
        <translation>aucune ligne de format</translation>
    </message>
    <message>
        <source>bad format line</source>
        <translation>ligne de format invalide</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SecureChat (format %2). Update SecureChat to use it.</source>
        <translation>%1 a été écrit par une version plus récente de SecureChat (format %2). Mettez SecureChat à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>malformed header</source>
        <translation>en-tête mal formé</translation>
    </message>
    <message>
        <source>bad display name</source>
        <translation>nom affiché invalide</translation>
    </message>
    <message>
        <source>checksum mismatch, the file was changed or cut short</source>
        <translation>somme de contrôle incorrecte, le fichier a été modifié ou tronqué</translation>
    </message>
    <message>
        <source>unreadable certificate</source>
        <translation>certificat illisible</translation>
    </message>
    <message>
        <source>no private key</source>
        <translation>aucune clé privée</translation>
    </message>
    <message>
        <source>Your identity is protected by a passphrase. Enter it to unlock your key.</source>
        <translation>Votre identité est protégée par une phrase secrète. Saisissez-la pour déverrouiller votre clé.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Check it (and the keyboard layout) and try again.</source>
        <translation>La phrase secrète est incorrecte. Vérifiez-la (ainsi que la disposition du clavier) et réessayez.</translation>
    </message>
    <message>
        <source>unreadable key</source>
        <translation>clé illisible</translation>
    </message>
    <message>
        <source>not an RSA key</source>
        <translation>pas une clé RSA</translation>
    </message>
    <message>
        <source>The certificate in %1 does not belong to its private key, so it cannot prove who you are. Restore the file from a backup, or move it away and create a new identity.</source>
        <translation>Le certificat de %1 n&apos;appartient pas à sa clé privée et ne peut donc pas prouver qui vous êtes. Restaurez le fichier depuis une sauvegarde, ou déplacez-le et créez une nouvelle identité.</translation>
    </message>
    <message>
        <source>The certificate in %1 cannot be a SecureChat identity: %2. Restore the file from a backup, or move it away and create a new identity.</source>
        <translation>Le certificat de %1 ne peut pas être une identité SecureChat&#xa0;: %2. Restaurez le fichier depuis une sauvegarde, ou déplacez-le et créez une nouvelle identité.</translation>
    </message>
    <message>
        <source>The key could not be protected with the passphrase: this system&apos;s OpenSSL lacks Argon2id (version 3.2 or later is needed). Update OpenSSL, or save the identity without a passphrase.</source>
        <translation>La clé n’a pas pu être protégée par la phrase secrète&#xa0;: l’OpenSSL de ce système ne fournit pas Argon2id (la version 3.2 ou ultérieure est nécessaire). Mettez OpenSSL à jour, ou enregistrez l’identité sans phrase secrète.</translation>
    </message>
    <message>
        <source>SecureChat could not bring %1 up to date (%2). Your key and fingerprint are unchanged and the file still opens; it will try again at the next start.</source>
        <translation>SecureChat n’a pas pu mettre à jour %1 (%2). Votre clé et votre empreinte sont inchangées et le fichier s’ouvre toujours&#xa0;; une nouvelle tentative aura lieu au prochain démarrage.</translation>
    </message>
    <message>
        <source>SecureChat tried to bring %1 up to date, but the new file did not read back, so the old one was put back. A copy of the old file is kept in %2; keep it until SecureChat has started normally again.</source>
        <translation>SecureChat a tenté de mettre à jour %1, mais le nouveau fichier n’a pas pu être relu&#xa0;; l’ancien a donc été remis en place. Une copie de l’ancien fichier est conservée dans %2&#xa0;; gardez-la jusqu’à ce que SecureChat ait de nouveau démarré normalement.</translation>
    </message>
    <message>
        <source>unreadable certificate (%1)</source>
        <translation>certificat illisible (%1)</translation>
    </message>
    <message>
        <source>two private keys</source>
        <translation>deux clés privées</translation>
    </message>
    <message>
        <source>unreadable sealed key</source>
        <translation>clé scellée illisible</translation>
    </message>
    <message>
        <source>the sealed key is cut short</source>
        <translation>la clé scellée est tronquée</translation>
    </message>
    <message>
        <source>The key in %1 was sealed by a newer version of SecureChat (seal format %2). Update SecureChat to open it; the file was left as it is.</source>
        <translation>La clé de %1 a été scellée par une version plus récente de SecureChat (format de scellement %2). Mettez SecureChat à jour pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Your key is protected with Argon2id, which this system&apos;s OpenSSL does not provide (version 3.2 or later is needed). Update OpenSSL; the file was left as it is.</source>
        <translation>Votre clé est protégée par Argon2id, que l’OpenSSL de ce système ne fournit pas (la version 3.2 ou ultérieure est nécessaire). Mettez OpenSSL à jour&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::InviteStore</name>
    <message>
        <source>The invites file %1 could not be read: %2. Check its permissions; until then invites cannot be made or used.</source>
        <translation>Le fichier d’invitations %1 n’a pas pu être lu&#xa0;: %2. Vérifiez ses permissions&#xa0;; en attendant, aucune invitation ne peut être créée ni utilisée.</translation>
    </message>
    <message>
        <source>The invites file %1 was written by a newer SecureChat. It was left untouched; update SecureChat to make or use invites.</source>
        <translation>Le fichier d’invitations %1 a été écrit par un SecureChat plus récent. Il n’a pas été modifié&#xa0;; mettez SecureChat à jour pour créer ou utiliser des invitations.</translation>
    </message>
    <message>
        <source>The invites file %1 is damaged. It was left untouched; move it away to make new invites (the invites in it will then no longer work).</source>
        <translation>Le fichier d’invitations %1 est endommagé. Il n’a pas été modifié&#xa0;; déplacez-le pour créer de nouvelles invitations (celles qu’il contient ne fonctionneront alors plus).</translation>
    </message>
</context>
<context>
    <name>securechat::storage::KnownPeers</name>
    <message>
        <source>it is too large</source>
        <translation>il est trop volumineux</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>contenu inattendu</translation>
    </message>
    <message>
        <source>an entry is malformed</source>
        <translation>une entrée est mal formée</translation>
    </message>
    <message>
        <source>The list of known contacts could not be read (%1). It was moved to %2 and SecureChat starts with an empty list: every contact will be asked about again.</source>
        <translation>La liste des contacts connus n&apos;a pas pu être lue (%1). Elle a été déplacée vers %2 et SecureChat repart d&apos;une liste vide&#xa0;: chaque contact sera de nouveau soumis à votre accord.</translation>
    </message>
    <message>
        <source>The list of known contacts (%1) could not be read (%2). SecureChat starts with an empty list for now.</source>
        <translation>La liste des contacts connus (%1) n&apos;a pas pu être lue (%2). SecureChat démarre pour l&apos;instant avec une liste vide.</translation>
    </message>
    <message>
        <source>A contact without a key fingerprint cannot be remembered.</source>
        <translation>Un contact sans empreinte de clé ne peut pas être mémorisé.</translation>
    </message>
    <message>
        <source>This contact is not known yet.</source>
        <translation>Ce contact n&apos;est pas encore connu.</translation>
    </message>
    <message>
        <source>This contact is not known.</source>
        <translation>Ce contact n&apos;est pas connu.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::PrivateFiles</name>
    <message>
        <source>No folder is available for SecureChat&apos;s data.</source>
        <translation>Aucun dossier n&apos;est disponible pour les données de SecureChat.</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder. Move it away and try again.</source>
        <translation>%1 existe mais n&apos;est pas un dossier. Déplacez-le et réessayez.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Check that you may write to its parent folder.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé. Vérifiez que vous pouvez écrire dans son dossier parent.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made private to you (permissions 0700).</source>
        <translation>Le dossier %1 n&apos;a pas pu être rendu privé (droits 0700).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be made private to you (permissions 0600).</source>
        <translation>%1 n&apos;a pas pu être rendu privé (droits 0600).</translation>
    </message>
    <message>
        <source>%1 already exists and was left untouched.</source>
        <translation>%1 existe déjà et n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::Settings</name>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés dans %1.</translation>
    </message>
</context>
<context>
    <name>securechat::storage::SqlCipherDatabase</name>
    <message>
        <source>No transaction is open.</source>
        <translation>Aucune transaction n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>The history database %1 could not be opened: it is not a SecureChat history database, or it was encrypted with another key (%2). It was left untouched; move it away to start a new history.</source>
        <translation>La base de données de l&apos;historique %1 n&apos;a pas pu être ouverte&#xa0;: ce n&apos;est pas une base d&apos;historique SecureChat, ou elle a été chiffrée avec une autre clé (%2). Elle n&apos;a pas été modifiée ; déplacez-la pour commencer un nouvel historique.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2). It was left untouched; restore it from a backup or move it away to start a new history.</source>
        <translation>La base de données de l&apos;historique %1 est endommagée (%2). Elle n&apos;a pas été modifiée ; restaurez-la depuis une sauvegarde ou déplacez-la pour commencer un nouvel historique.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2); the message was not stored. Free some space and try again.</source>
        <translation>Le disque contenant %1 est plein (%2) ; le message n&apos;a pas été enregistré. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The history database %1 could not be read or written (%2). Check the disk and the file&apos;s permissions.</source>
        <translation>La base de données de l&apos;historique %1 n&apos;a pas pu être lue ou écrite (%2). Vérifiez le disque et les droits d&apos;accès du fichier.</translation>
    </message>
    <message>
        <source>The history database %1 is in use by another program (%2). Close the other SecureChat and try again.</source>
        <translation>La base de données de l&apos;historique %1 est utilisée par un autre programme (%2). Fermez l&apos;autre SecureChat et réessayez.</translation>
    </message>
    <message>
        <source>The history database %1 reported an error (%2).</source>
        <translation>La base de données de l&apos;historique %1 a signalé une erreur (%2).</translation>
    </message>
    <message>
        <source>The history key has %1 bytes instead of %2.</source>
        <translation>La clé d&apos;historique fait %1 octets au lieu de %2.</translation>
    </message>
    <message>
        <source>The history database %1 does not exist.</source>
        <translation>La base de données de l&apos;historique %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The history database %1 could not be created. Check that you may write to its folder.</source>
        <translation>La base de données de l&apos;historique %1 n&apos;a pas pu être créée. Vérifiez que vous pouvez écrire dans son dossier.</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>setting the key</source>
        <translation>définition de la clé</translation>
    </message>
    <message>
        <source>SecureChat was built against plain SQLite instead of SQLCipher, so the history could not be encrypted. Install SQLCipher and rebuild SecureChat.</source>
        <translation>SecureChat a été compilé avec SQLite simple au lieu de SQLCipher, l&apos;historique n&apos;a donc pas pu être chiffré. Installez SQLCipher et recompilez SecureChat.</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer SecureChat (format %2; this version reads up to %3). It was left untouched; update SecureChat to read it.</source>
        <translation>La base de données de l&apos;historique %1 a été écrite par une version plus récente de SecureChat (format %2 ; cette version lit jusqu&apos;au format %3). Elle n&apos;a pas été modifiée ; mettez SecureChat à jour pour la lire.</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>point de contrôle</translation>
    </message>
</context>
</TS>
