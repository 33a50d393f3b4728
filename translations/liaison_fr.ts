<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en_CA">
<context>
    <name>liaison::IncidentListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>TLP</source>
        <extracomment>Traffic Light Protocol, the standard&apos;s own abbreviation</extracomment>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Sector</source>
        <extracomment>Critical-infrastructure sector affected (energy, finance, ...)</extracomment>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Owner centre</source>
        <extracomment>The response centre that owns the incident</extracomment>
        <translation>Centre responsable</translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>Who may see the incident: one centre or both</extracomment>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Incident status</extracomment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Triage</source>
        <extracomment>Incident status</extracomment>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Investigating</source>
        <extracomment>Incident status</extracomment>
        <translation>Enquête en cours</translation>
    </message>
    <message>
        <source>Mitigating</source>
        <extracomment>Incident status</extracomment>
        <translation>Atténuation en cours</translation>
    </message>
    <message>
        <source>Resolved</source>
        <extracomment>Incident status</extracomment>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Incident status</extracomment>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Low</source>
        <extracomment>Incident severity</extracomment>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>Incident severity</extracomment>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <extracomment>Incident severity</extracomment>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <extracomment>Incident severity</extracomment>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Centre only</source>
        <extracomment>Scope: the record stays inside its owner centre</extracomment>
        <translation>Centre seulement</translation>
    </message>
    <message>
        <source>Shared</source>
        <extracomment>Scope: both centres see the record</extracomment>
        <translation>Partagé</translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Board</source>
        <extracomment>Navigation: the shared incident board</extracomment>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>Navigation: secure chat with the partner centre</extracomment>
        <translation>Clavardage</translation>
    </message>
    <message>
        <source>Schedule</source>
        <extracomment>Navigation: visits and calls with the partner centre</extracomment>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Contacts</source>
        <extracomment>Navigation: directory of counterparts</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Secure chat with the partner centre comes in a later version of Liaison.</source>
        <translation>Le clavardage sécurisé avec le centre partenaire arrivera dans une version ultérieure de Liaison.</translation>
    </message>
    <message>
        <source>The visit and call scheduler comes in a later version of Liaison.</source>
        <translation>La planification des visites et des appels arrivera dans une version ultérieure de Liaison.</translation>
    </message>
    <message>
        <source>The directory of counterparts comes in a later version of Liaison.</source>
        <translation>Le répertoire des homologues arrivera dans une version ultérieure de Liaison.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Filter incidents</source>
        <translation>Filtrer les incidents</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>À &amp;propos de Liaison</translation>
    </message>
    <message>
        <source>Offline — not enrolled with a hub</source>
        <translation>Hors ligne — non inscrit auprès d&apos;un concentrateur</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n modification en attente de synchronisation</numerusform>
            <numerusform>%n modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>À propos de Liaison</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Liaison %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A shared workspace for the analysts of partner cyber-incident response centres: incident board, secure chat and visit scheduling, in English and French.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Liaison %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un espace de travail commun aux analystes des centres partenaires de réponse aux incidents cybernétiques&#xa0;: tableau des incidents, clavardage sécurisé et planification des visites, en français et en anglais.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Sync state in the status bar</extracomment>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Sync state in the status bar</extracomment>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Syncing</source>
        <extracomment>Sync state in the status bar</extracomment>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Up to date</source>
        <extracomment>Sync state in the status bar</extracomment>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <extracomment>Sync state in the status bar; %1 is the reason, already translated</extracomment>
        <translation>Erreur de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Analyst: %1 — Centre: %2 — %3</source>
        <extracomment>Status bar: %1 is the analyst, %2 the response centre, %3 the sync state</extracomment>
        <translation>Analyste&#xa0;: %1 — Centre&#xa0;: %2 — %3</translation>
    </message>
</context>
<context>
    <name>liaison::PassphraseStrength</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters</source>
        <extracomment>Passphrase strength; %n is the minimum number of characters</extracomment>
        <translation>
            <numerusform>Trop courte&#xa0;: au moins %n caractère</numerusform>
            <numerusform>Trop courte&#xa0;: au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>Robuste</translation>
    </message>
</context>
<context>
    <name>liaison::ProfileSetupDialog</name>
    <message>
        <source>Welcome to Liaison</source>
        <translation>Bienvenue dans Liaison</translation>
    </message>
    <message>
        <source>Liaison keeps your incidents, messages and contacts in an encrypted profile on this computer. Choose a passphrase to protect it. Nobody, not even an administrator, can recover it if you forget it.</source>
        <translation>Liaison conserve vos incidents, vos messages et vos contacts dans un profil chiffré sur cet ordinateur. Choisissez une phrase de passe pour le protéger. Personne, pas même un administrateur, ne pourra la récupérer si vous l&apos;oubliez.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>Con&amp;firmer la phrase de passe&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a few unrelated words work well</source>
        <translation>
            <numerusform>Au moins %n caractère; quelques mots sans lien entre eux conviennent bien</numerusform>
            <numerusform>Au moins %n caractères; quelques mots sans lien entre eux conviennent bien</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>Profile folder: %1</source>
        <translation>Dossier du profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Create Profile</source>
        <extracomment>Button that creates the encrypted profile</extracomment>
        <translation>&amp;Créer le profil</translation>
    </message>
    <message>
        <source>The profile could not be created. Check that this computer has enough free memory and disk space, then try again.</source>
        <translation>Le profil n&apos;a pas pu être créé. Vérifiez que cet ordinateur dispose d&apos;assez de mémoire et d&apos;espace disque libres, puis réessayez.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Les phrases de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Add more words or characters.</source>
        <translation>Cette phrase de passe est trop facile à deviner. Ajoutez des mots ou des caractères.</translation>
    </message>
    <message>
        <source>A profile already exists in this folder. Restart Liaison to unlock it.</source>
        <translation>Un profil existe déjà dans ce dossier. Redémarrez Liaison pour le déverrouiller.</translation>
    </message>
    <message>
        <source>Another Liaison window is using this profile folder. Close it, then try again.</source>
        <translation>Une autre fenêtre de Liaison utilise ce dossier de profil. Fermez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>The profile folder could not be written. Check its permissions and the free disk space, then try again.</source>
        <translation>Impossible d&apos;écrire dans le dossier du profil. Vérifiez ses autorisations et l&apos;espace disque libre, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>liaison::SyncEngine</name>
    <message>
        <source>ws:// is only allowed to this computer; use wss://</source>
        <translation>ws:// n&apos;est permis que vers cet ordinateur; utilisez wss://</translation>
    </message>
    <message>
        <source>No hub certificate fingerprint to check the hub against</source>
        <translation>Aucune empreinte de certificat pour vérifier le concentrateur</translation>
    </message>
    <message>
        <source>The hub reported an error: %1</source>
        <translation>Le concentrateur a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>This profile is already enrolled with a hub</source>
        <translation>Ce profil est déjà inscrit auprès d&apos;un concentrateur</translation>
    </message>
    <message>
        <source>The hub address must start with wss://</source>
        <translation>L&apos;adresse du concentrateur doit commencer par wss://</translation>
    </message>
    <message>
        <source>The hub certificate fingerprint is missing or incomplete: it has 32 pairs of hexadecimal digits</source>
        <translation>L&apos;empreinte du certificat du concentrateur est absente ou incomplète&#xa0;: elle compte 32 paires de chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not the one you enrolled with (it presented %1)</source>
        <translation>Le certificat du concentrateur n&apos;est pas celui de votre inscription (il a présenté %1)</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate does not match the fingerprint you were given (it presented %1)</source>
        <translation>Le certificat du concentrateur ne correspond pas à l&apos;empreinte qui vous a été remise (il a présenté %1)</translation>
    </message>
    <message>
        <source>The hub closed the connection</source>
        <translation>Le concentrateur a fermé la connexion</translation>
    </message>
    <message>
        <source>Could not reach the hub: %1</source>
        <translation>Impossible de joindre le concentrateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local database could not store what the hub sent</source>
        <translation>La base de données locale n&apos;a pas pu enregistrer ce que le concentrateur a envoyé</translation>
    </message>
    <message>
        <source>The hub speaks a protocol version this Liaison does not know (%1)</source>
        <translation>Le concentrateur utilise une version du protocole que cette version de Liaison ne connaît pas (%1)</translation>
    </message>
    <message>
        <source>The hub&apos;s answer to the enrolment does not fit this device</source>
        <translation>La réponse du concentrateur à l&apos;inscription ne correspond pas à cet appareil</translation>
    </message>
    <message>
        <source>The hub names a certificate other than the one it presented</source>
        <translation>Le concentrateur indique un autre certificat que celui qu&apos;il a présenté</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is ahead of the hub&apos;s; changes wait until it is corrected</source>
        <translation>L&apos;horloge de cet ordinateur est en avance sur celle du concentrateur; les modifications attendront qu&apos;elle soit corrigée</translation>
    </message>
    <message>
        <source>The hub refused the enrolment code: it is unknown, already used or expired</source>
        <translation>Le concentrateur a refusé le code d&apos;inscription&#xa0;: il est inconnu, déjà utilisé ou expiré</translation>
    </message>
</context>
<context>
    <name>liaison::UnlockDialog</name>
    <message>
        <source>Unlock Liaison</source>
        <translation>Déverrouiller Liaison</translation>
    </message>
    <message>
        <source>Enter the passphrase of the profile in %1.</source>
        <translation>Saisissez la phrase de passe du profil situé dans %1.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <extracomment>Button that opens the encrypted profile</extracomment>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>The profile could not be opened. Check that this computer has enough free memory, then try again.</source>
        <translation>Le profil n&apos;a pas pu être ouvert. Vérifiez que cet ordinateur dispose d&apos;assez de mémoire libre, puis réessayez.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Phrase de passe incorrecte. Réessayez.</translation>
    </message>
    <message>
        <source>The profile is damaged and cannot be opened. Your files were left as they are; restore the profile folder from a backup.</source>
        <translation>Le profil est endommagé et ne peut pas être ouvert. Vos fichiers n&apos;ont pas été modifiés; restaurez le dossier du profil à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of Liaison. Install that version to open it.</source>
        <translation>Ce profil a été enregistré par une version plus récente de Liaison. Installez cette version pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Another Liaison window already has this profile open. Switch to it, or close it and try again.</source>
        <translation>Ce profil est déjà ouvert dans une autre fenêtre de Liaison. Passez à cette fenêtre, ou fermez-la et réessayez.</translation>
    </message>
    <message>
        <source>This folder does not hold a Liaison profile.</source>
        <translation>Ce dossier ne contient pas de profil Liaison.</translation>
    </message>
    <message>
        <source>The profile folder could not be read. Check its permissions, then try again.</source>
        <translation>Impossible de lire le dossier du profil. Vérifiez ses autorisations, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Incident board, secure chat and visit scheduling for partner response centres.</source>
        <translation>Tableau des incidents, clavardage sécurisé et planification des visites pour les centres de réponse partenaires.</translation>
    </message>
    <message>
        <source>Use the profile in folder &lt;dir&gt;.</source>
        <extracomment>Command-line help; &lt;dir&gt; is the option&apos;s argument and stays as is</extracomment>
        <translation>Utiliser le profil du dossier &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Liaison could not start: %1</source>
        <translation>Liaison n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enrolment failed</source>
        <translation>Échec de l&apos;inscription</translation>
    </message>
    <message>
        <source>This device could not enrol with the hub: %1</source>
        <extracomment>%1 is the reason, already translated</extracomment>
        <translation>Cet appareil n&apos;a pas pu s&apos;inscrire auprès du concentrateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enrol with the hub at &lt;url&gt; (wss://host:port).</source>
        <extracomment>Command-line help; &lt;url&gt; is the option&apos;s argument and stays as is</extracomment>
        <translation>S&apos;inscrire auprès du concentrateur à l&apos;adresse &lt;url&gt; (wss://hôte:port).</translation>
    </message>
    <message>
        <source>The hub certificate&apos;s SHA-256 fingerprint, as the hub administrator gave it to you.</source>
        <extracomment>Command-line help; &lt;sha256&gt; is the option&apos;s argument and stays as is</extracomment>
        <translation>L&apos;empreinte SHA-256 du certificat du concentrateur, telle que l&apos;administrateur vous l&apos;a remise.</translation>
    </message>
    <message>
        <source>Read the one-time enrolment code from &lt;file&gt; (deleted once used).</source>
        <extracomment>Command-line help; &lt;file&gt; is the option&apos;s argument and stays as is</extracomment>
        <translation>Lire le code d&apos;inscription à usage unique dans &lt;file&gt; (supprimé une fois utilisé).</translation>
    </message>
</context>
</TS>
