<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en_CA">
<context>
    <name>CallDialog</name>
    <message>
        <source>Accepted</source>
        <extracomment>An attendee&apos;s answer to a call</extracomment>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <extracomment>An attendee&apos;s answer to a call</extracomment>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Tentative</source>
        <extracomment>An attendee&apos;s answer to a call</extracomment>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <extracomment>An attendee who has not answered yet</extracomment>
        <translation>Pas encore de réponse</translation>
    </message>
</context>
<context>
    <name>ChannelListModel</name>
    <message>
        <source>Centre-to-centre bridge</source>
        <extracomment>The standing channel of all centres, in the chat rail and its header</extracomment>
        <translation>Passerelle entre les centres</translation>
    </message>
    <message>
        <source>Incidents</source>
        <extracomment>Chat rail: group of the channels of incidents</extracomment>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <extracomment>Chat rail: group of direct conversations</extracomment>
        <translation>Messages directs</translation>
    </message>
    <message>
        <source>Channels</source>
        <extracomment>Chat rail: group of named channels</extracomment>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Chat rail: %1 channel name, %2 the centre that made it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1  @%2</source>
        <extracomment>Chat rail: %1 channel name, %2 number of unread mentions</extracomment>
        <translation>%1  @%2</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <extracomment>Chat rail: %1 channel name, %2 number of unread messages</extracomment>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Made by %1</source>
        <extracomment>Tooltip: %1 the centre that made the channel</extracomment>
        <translation>Créé par %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n message non lu</numerusform>
            <numerusform>%n messages non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of you</source>
        <translation>
            <numerusform>%n mention de vous</numerusform>
            <numerusform>%n mentions de vous</numerusform>
        </translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>En sourdine</translation>
    </message>
</context>
<context>
    <name>ContactExchange</name>
    <message>
        <source>Line %1, the card of “%2”: %3</source>
        <extracomment>Importing contacts: %1 a line number, %2 the contact&apos;s name, %3 why, e.g. &quot;The email address is not valid.&quot;</extracomment>
        <translation>Ligne %1, la fiche de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;No such file or directory&quot;</extracomment>
        <translation>Le fichier n’a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the languages a contact speaks: &quot;English, French&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Chef d’équipe</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Liaison team lead</source>
        <extracomment>A contact&apos;s Liaison account: a team lead of the hub&apos;s directory</extracomment>
        <translation>Chef d’équipe Liaison</translation>
    </message>
    <message>
        <source>Liaison analyst</source>
        <translation>Analyste Liaison</translation>
    </message>
    <message>
        <source>Uses Liaison: you can message them directly.</source>
        <translation>Utilise Liaison&#xa0;: vous pouvez lui écrire directement.</translation>
    </message>
    <message>
        <source>%1, Liaison analyst</source>
        <extracomment>Read out for a contact that is a Liaison analyst; %1 their name</extracomment>
        <translation>%1, analyste Liaison</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the contact list</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>Column of the contact list</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Centre</source>
        <extracomment>Column of the contact list</extracomment>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column of the contact list: what the person does</extracomment>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Languages</source>
        <extracomment>Column of the contact list</extracomment>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>Column of the contact list</extracomment>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Liaison</source>
        <extracomment>Column of the contact list: whether the contact has a Liaison account</extracomment>
        <translation>Liaison</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
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
    <message>
        <source>IPv4 address</source>
        <translation>Adresse IPv4</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>Adresse IPv6</translation>
    </message>
    <message>
        <source>Network range</source>
        <translation>Plage réseau</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse courriel</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <source>Incident</source>
        <extracomment>A kind of record, as named in the history and in messages</extracomment>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <source>TLP marking</source>
        <translation>marquage TLP</translation>
    </message>
    <message>
        <source>PAP marking</source>
        <translation>marquage PAP</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>owner centre</source>
        <translation>centre propriétaire</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>visibilité</translation>
    </message>
    <message>
        <source>creation date</source>
        <translation>date de création</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analyste</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>another field</source>
        <extracomment>A field this version of Liaison does not know by name</extracomment>
        <translation>un autre champ</translation>
    </message>
    <message>
        <source>This incident is marked TLP:AMBER+STRICT: it stays inside your centre and cannot be shared. The owner centre may lower the marking to TLP:AMBER, with a reason, and share it then.</source>
        <translation>Cet incident est marqué TLP:AMBER+STRICT : il reste à l’intérieur de votre centre et ne peut pas être partagé. Le centre propriétaire peut abaisser le marquage à TLP:AMBER, en donnant une raison, puis le partager.</translation>
    </message>
    <message>
        <source>This incident is marked TLP:RED: it is for named people only and is never shared with a whole centre.</source>
        <translation>Cet incident est marqué TLP:RED : il est réservé à des personnes nommément désignées et n’est jamais partagé avec un centre entier.</translation>
    </message>
    <message>
        <source>Only the centre that wrote this comment can share it.</source>
        <translation>Seul le centre qui a écrit ce commentaire peut le partager.</translation>
    </message>
    <message>
        <source>Share the incident first: its comments can only follow it.</source>
        <translation>Partagez d’abord l’incident : ses commentaires ne peuvent que le suivre.</translation>
    </message>
    <message>
        <source>Only the centre that owns this incident can share it.</source>
        <translation>Seul le centre propriétaire de cet incident peut le partager.</translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <extracomment>%1 is a field name, e.g. &quot;title&quot;</extracomment>
        <translation>Le champ « %1 » est obligatoire.</translation>
    </message>
    <message>
        <source>The %1 is too long.</source>
        <extracomment>%1 is a field name, e.g. &quot;summary&quot;</extracomment>
        <translation>Le champ « %1 » est trop long.</translation>
    </message>
    <message>
        <source>It no longer exists: someone may have deleted it.</source>
        <translation>Cet élément n’existe plus : quelqu’un l’a peut-être supprimé.</translation>
    </message>
    <message>
        <source>The %1 is out of range.</source>
        <extracomment>%1 is a field name, e.g. &quot;due date&quot;</extracomment>
        <translation>Le champ « %1 » est hors des limites permises.</translation>
    </message>
    <message>
        <source>The %1 is not valid.</source>
        <extracomment>%1 is a field name, e.g. &quot;sector&quot;</extracomment>
        <translation>Le champ « %1 » n’est pas valide.</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>Why an indicator was refused</extracomment>
        <translation>vide</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <source>not an IPv4 address</source>
        <translation>n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <source>not an IPv6 address</source>
        <translation>n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>not a network range (CIDR)</source>
        <translation>n&apos;est pas une plage réseau (CIDR)</translation>
    </message>
    <message>
        <source>not a domain name</source>
        <translation>n&apos;est pas un nom de domaine</translation>
    </message>
    <message>
        <source>not a URL</source>
        <translation>n&apos;est pas une URL</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>n&apos;est pas une adresse courriel</translation>
    </message>
    <message>
        <source>not a hash of this type</source>
        <translation>n&apos;est pas une empreinte de ce type</translation>
    </message>
    <message>
        <source>not a CVE identifier</source>
        <translation>n&apos;est pas un identifiant CVE</translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation>n&apos;est pas un nom de fichier</translation>
    </message>
    <message>
        <source>already in this incident</source>
        <translation>figure déjà dans cet incident</translation>
    </message>
    <message>
        <source>could not be saved</source>
        <translation>n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>of no known type</source>
        <translation>d&apos;aucun type reconnu</translation>
    </message>
    <message numerus="yes">
        <source>%1 shared %n comment(s) with the counterpart centre (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label; %n comments let out later</extracomment>
        <translation>
            <numerusform>%1 a partagé %n commentaire avec le centre homologue (%2).</numerusform>
            <numerusform>%1 a partagé %n commentaires avec le centre homologue (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed the marking from %2 to %3.</source>
        <extracomment>%1 analyst, %2 and %3 TLP labels</extracomment>
        <translation>%1 a changé le marquage de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 changed the marking from %2 to %3. Reason: %4</source>
        <extracomment>%1 analyst, %2 and %3 TLP labels, %4 the reason they gave</extracomment>
        <translation>%1 a changé le marquage de %2 à %3. Raison : %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 shared this incident with the counterpart centre (%2), with %n of its comments.</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label; %n comments picked to go with it</extracomment>
        <translation>
            <numerusform>%1 a partagé cet incident avec le centre homologue (%2), avec %n de ses commentaires.</numerusform>
            <numerusform>%1 a partagé cet incident avec le centre homologue (%2), avec %n de ses commentaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared this incident with the counterpart centre (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label</extracomment>
        <translation>%1 a partagé cet incident avec le centre homologue (%2).</translation>
    </message>
    <message>
        <source>%1 exported this incident as STIX 2.1 (%2).</source>
        <translation>%1 a exporté cet incident en STIX 2.1 (%2).</translation>
    </message>
    <message>
        <source>%1 exported this incident as CSV (%2).</source>
        <translation>%1 a exporté cet incident en CSV (%2).</translation>
    </message>
    <message>
        <source>%1 copied this incident out of Liaison (%2).</source>
        <translation>%1 a copié cet incident hors de Liaison (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 shared this incident with %n named person(s) (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label; %n people of the other centres named</extracomment>
        <translation>
            <numerusform>%1 a partagé cet incident avec %n personne nommée (%2).</numerusform>
            <numerusform>%1 a partagé cet incident avec %n personnes nommées (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped sharing this incident with %n named person(s).</source>
        <extracomment>Timeline: %1 analyst; %n people taken off the incident&apos;s list</extracomment>
        <translation>
            <numerusform>%1 a cessé de partager cet incident avec %n personne nommée.</numerusform>
            <numerusform>%1 a cessé de partager cet incident avec %n personnes nommées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 saved an evidence file of this incident to disk (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label</extracomment>
        <translation>%1 a enregistré sur disque une pièce à l&apos;appui de cet incident (%2).</translation>
    </message>
    <message>
        <source>%1 opened an evidence file of this incident in another program (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label</extracomment>
        <translation>%1 a ouvert dans un autre programme une pièce à l&apos;appui de cet incident (%2).</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Pièce à l&apos;appui</translation>
    </message>
    <message>
        <source>file type</source>
        <translation>type de fichier</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>centre</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>adresse courriel</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>host centre</source>
        <translation>centre hôte</translation>
    </message>
    <message>
        <source>dial-in details</source>
        <translation>coordonnées de connexion</translation>
    </message>
    <message>
        <source>Members only</source>
        <extracomment>Scope: only the analysts named on the record&apos;s member list</extracomment>
        <translation>Membres seulement</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>mentions</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>A channel marked TLP:AMBER+STRICT or TLP:RED cannot be shared with a whole centre: make it members-only or keep it inside your centre.</source>
        <translation>Un canal marqué TLP:AMBER+STRICT ou TLP:RED ne peut pas être partagé avec un centre entier&#xa0;: réservez-le à ses membres ou gardez-le dans votre centre.</translation>
    </message>
    <message>
        <source>This channel is marked TLP:AMBER+STRICT: it cannot have members from another centre.</source>
        <translation>Ce canal est marqué TLP:AMBER+STRICT&#xa0;: il ne peut pas avoir de membres d’un autre centre.</translation>
    </message>
    <message>
        <source>This analyst is not in the hub&apos;s directory.</source>
        <translation>Cet analyste ne figure pas dans l’annuaire du concentrateur.</translation>
    </message>
    <message>
        <source>A direct conversation needs another analyst.</source>
        <translation>Une conversation directe se tient avec un autre analyste.</translation>
    </message>
    <message>
        <source>Only the channel&apos;s members, or its own centre for a channel that is not members-only, can change who is in it.</source>
        <translation>Seuls les membres du canal, ou son propre centre pour un canal qui n’est pas réservé à ses membres, peuvent en changer les membres.</translation>
    </message>
    <message>
        <source>An incident&apos;s channel follows its incident: change who the incident is shared with, or its marking, instead.</source>
        <translation>Le canal d’un incident suit son incident&#xa0;: changez plutôt les destinataires de l’incident ou son marquage.</translation>
    </message>
    <message>
        <source>A direct conversation is between two analysts: make a channel to talk with more.</source>
        <translation>Une conversation directe réunit deux analystes&#xa0;: créez un canal pour parler à plus de personnes.</translation>
    </message>
    <message>
        <source>This channel is archived: nothing can be written to it.</source>
        <translation>Ce canal est archivé&#xa0;: on ne peut plus y écrire.</translation>
    </message>
    <message>
        <source>The bridge between the centres cannot be archived.</source>
        <translation>La passerelle entre les centres ne peut pas être archivée.</translation>
    </message>
    <message>
        <source>Only the centre that made this channel can change this.</source>
        <translation>Seul le centre qui a créé ce canal peut changer cela.</translation>
    </message>
    <message>
        <source>Only its author can change or delete a message.</source>
        <translation>Seul son auteur peut modifier ou supprimer un message.</translation>
    </message>
    <message>
        <source>This message was deleted.</source>
        <translation>Ce message a été supprimé.</translation>
    </message>
    <message>
        <source>You are no longer a member of this channel: nothing can be written to it.</source>
        <translation>Vous n’êtes plus membre de ce canal&#xa0;: on ne peut plus y écrire.</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>heures de travail</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>video or phone link</source>
        <translation>lien vidéo ou téléphonique</translation>
    </message>
    <message>
        <source>linked incidents</source>
        <translation>incidents liés</translation>
    </message>
    <message>
        <source>reason for cancelling</source>
        <translation>motif de l’annulation</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organisateur</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>travel days</source>
        <translation>jours de déplacement</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>approbation</translation>
    </message>
    <message>
        <source>Only a team lead approves a visit, for their own centre. The hub&apos;s administrator names the team leads.</source>
        <translation>Seul un chef d’équipe approuve une visite, pour son propre centre. L’administrateur du concentrateur désigne les chefs d’équipe.</translation>
    </message>
    <message>
        <source>Only a visit in draft can be proposed.</source>
        <translation>Seule une visite à l’état de brouillon peut être proposée.</translation>
    </message>
    <message>
        <source>Propose the visit first: team leads approve a proposed visit.</source>
        <translation>Proposez d’abord la visite&#xa0;: les chefs d’équipe approuvent une visite proposée.</translation>
    </message>
    <message>
        <source>A team lead of each centre taking part must approve the visit before it is confirmed.</source>
        <translation>Un chef d’équipe de chaque centre participant doit approuver la visite avant qu’elle soit confirmée.</translation>
    </message>
    <message>
        <source>This call is already confirmed or cancelled.</source>
        <translation>Cet appel est déjà confirmé ou annulé.</translation>
    </message>
    <message>
        <source>Only a confirmed visit can be marked completed.</source>
        <translation>Seule une visite confirmée peut être marquée comme terminée.</translation>
    </message>
    <message>
        <source>This visit or call is completed or cancelled: it cannot change.</source>
        <translation>Cette visite ou cet appel est terminé ou annulé&#xa0;: il ne peut plus changer.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>La fin précède le début.</translation>
    </message>
    <message>
        <source>A visit lasts at most a year.</source>
        <translation>Une visite dure au plus un an.</translation>
    </message>
    <message>
        <source>Travel takes from 0 to 14 days on each side.</source>
        <translation>Le déplacement prend de 0 à 14 jours de chaque côté.</translation>
    </message>
    <message>
        <source>Name an analyst, a contact or an e-mail address for the attendee.</source>
        <translation>Indiquez un analyste, un contact ou une adresse courriel pour le participant.</translation>
    </message>
    <message>
        <source>The file is larger than the hub accepts.</source>
        <translation>Le fichier dépasse la taille acceptée par le concentrateur.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Only the analyst who sent a file can take it back.</source>
        <translation>Seul l’analyste qui a envoyé un fichier peut le retirer.</translation>
    </message>
    <message>
        <source>This file has already reached the hub: it can no longer be cancelled.</source>
        <translation>Ce fichier est déjà rendu au concentrateur&#x202f;: son envoi ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>%1 saved a file of this incident&apos;s channel to disk (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label</extracomment>
        <translation>%1 a enregistré sur disque un fichier du canal de cet incident (%2).</translation>
    </message>
    <message>
        <source>%1 opened a file of this incident&apos;s channel in another program (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label</extracomment>
        <translation>%1 a ouvert un fichier du canal de cet incident dans un autre programme (%2).</translation>
    </message>
    <message>
        <source>Write the working hours as days and times, e.g. “1-5 09:00-17:00” (Monday to Friday, 1 is Monday).</source>
        <translation>Écrivez les heures de travail en jours et en heures, p.&#xa0;ex. «&#xa0;1-5 09:00-17:00&#xa0;» (du lundi au vendredi, 1 étant le lundi).</translation>
    </message>
    <message>
        <source>An agenda item takes place during the visit, from its first to its last day.</source>
        <translation>Un point du programme a lieu pendant la visite, de son premier à son dernier jour.</translation>
    </message>
    <message>
        <source>An agenda item cannot move to another visit.</source>
        <translation>Un point du programme ne peut pas passer à une autre visite.</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>déclarant</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>date de fermeture</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>closing summary</source>
        <translation>résumé de fermeture</translation>
    </message>
    <message>
        <source>indicator of compromise</source>
        <translation>indicateur de compromission</translation>
    </message>
    <message>
        <source>sighted</source>
        <translation>observé</translation>
    </message>
    <message>
        <source>first seen</source>
        <translation>première observation</translation>
    </message>
    <message>
        <source>last seen</source>
        <translation>dernière observation</translation>
    </message>
    <message>
        <source>linked incident</source>
        <translation>incident lié</translation>
    </message>
    <message>
        <source>French name</source>
        <translation>nom français</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>French tasks</source>
        <translation>tâches en français</translation>
    </message>
    <message>
        <source>An indicator is marked as strictly as its incident or more strictly, never less: pick the incident&apos;s marking or a stricter one.</source>
        <translation>Un indicateur est marqué aussi strictement que son incident ou plus strictement, jamais moins&#xa0;: choisissez le marquage de l’incident ou un marquage plus strict.</translation>
    </message>
    <message>
        <source>The indicator was last seen before it was first seen: check the two dates.</source>
        <translation>La dernière observation de l’indicateur précède la première&#xa0;: vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>an invalid IPv4 address (four numbers from 0 to 255, without leading zeros)</source>
        <extracomment>Why an indicator was refused: four numbers separated by dots, but one is above 255 or has a leading zero</extracomment>
        <translation>une adresse IPv4 invalide (quatre nombres de 0 à 255, sans zéro initial)</translation>
    </message>
    <message>
        <source>an IPv4 address, not a domain name</source>
        <translation>une adresse IPv4, pas un nom de domaine</translation>
    </message>
    <message numerus="yes">
        <source>%1 copied %n indicator(s) of this incident out of Liaison (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 the strictest TLP label among what was copied</extracomment>
        <translation>
            <numerusform>%1 a copié %n indicateur de cet incident hors de Liaison (%2).</numerusform>
            <numerusform>%1 a copié %n indicateurs de cet incident hors de Liaison (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileRelease</name>
    <message>
        <source>Liaison will hand %1 to the program your system uses for this kind of file. It belongs to a %2 incident, and files kept as evidence can be harmful: open it only where that is safe. The release is recorded in the incident&apos;s timeline. Open it?</source>
        <extracomment>%1 file name, %2 its TLP label (TLP:AMBER…)</extracomment>
        <translation>Liaison va remettre %1 au programme que votre système utilise pour ce type de fichier. Il appartient à un incident %2, et une pièce à l&apos;appui peut être malveillante&#xa0;: ne l&apos;ouvrez que dans un environnement sûr. La diffusion est consignée dans la chronologie de l&apos;incident. L&apos;ouvrir&#xa0;?</translation>
    </message>
    <message>
        <source>Liaison will hand %1 to the program your system uses for this kind of file. Files kept as evidence can be harmful: open it only where that is safe. Open it?</source>
        <extracomment>%1 file name</extracomment>
        <translation>Liaison va remettre %1 au programme que votre système utilise pour ce type de fichier. Une pièce à l&apos;appui peut être malveillante&#xa0;: ne l&apos;ouvrez que dans un environnement sûr. L&apos;ouvrir&#xa0;?</translation>
    </message>
    <message>
        <source>Liaison will hand %1 to the program your system uses for this kind of file. It was sent in a %2 channel, and files shared in incident chat can be harmful: open it only where that is safe. Open it?</source>
        <extracomment>%1 file name, %2 the channel&apos;s TLP label (TLP:AMBER…)</extracomment>
        <translation>Liaison va remettre %1 au programme que votre système utilise pour ce type de fichier. Il a été envoyé dans un canal %2, et les fichiers échangés dans le clavardage d’incident peuvent être malveillants&#x202f;: ne l’ouvrez que dans un environnement sûr. L’ouvrir&#x202f;?</translation>
    </message>
    <message>
        <source>Open in another program?</source>
        <translation>Ouvrir dans un autre programme&#xa0;?</translation>
    </message>
    <message>
        <source>Save a restricted file?</source>
        <translation>Enregistrer un fichier à diffusion restreinte&#xa0;?</translation>
    </message>
    <message>
        <source>%1 belongs to a %2 incident. Saving it takes it out of Liaison; the release is recorded in the incident&apos;s timeline. Save it?</source>
        <extracomment>%1 file name, %2 its TLP label (TLP:AMBER…)</extracomment>
        <translation>%1 appartient à un incident %2. L&apos;enregistrer le fait sortir de Liaison&#xa0;; la diffusion est consignée dans la chronologie de l&apos;incident. L&apos;enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>%1 was sent in a %2 channel. Saving it takes it out of Liaison: share it only as the marking allows. Save it?</source>
        <translation>%1 a été envoyé dans un canal %2. L’enregistrer le fait sortir de Liaison&#x202f;: ne le partagez que dans la mesure où le marquage le permet. L’enregistrer&#x202f;?</translation>
    </message>
    <message>
        <source>Not opened: no private folder could be made for the copy.</source>
        <translation>Non ouvert&#xa0;: aucun dossier privé n&apos;a pu être créé pour la copie.</translation>
    </message>
    <message>
        <source>Not saved: the release could not be recorded.</source>
        <translation>Non enregistré&#xa0;: la diffusion n&apos;a pas pu être consignée.</translation>
    </message>
    <message>
        <source>No program on this system opens %1.</source>
        <translation>Aucun programme de ce système n&apos;ouvre %1.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>Not saved: the copy of %1 in this profile does not match its SHA-256.</source>
        <translation>Non enregistré&#xa0;: la copie de %1 dans ce profil ne correspond pas à son SHA-256.</translation>
    </message>
    <message>
        <source>Not saved: %1 is not on this computer yet.</source>
        <translation>Non enregistré&#x202f;: %1 n’est pas encore sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Not saved: %1 could not be written to %2.</source>
        <extracomment>%1 file name, %2 the place it was to be written</extracomment>
        <translation>Non enregistré&#xa0;: %1 n&apos;a pas pu être écrit dans %2.</translation>
    </message>
    <message>
        <source>The hub refused a file: it is larger than the hub accepts.</source>
        <translation>Le concentrateur a refusé un fichier&#xa0;: il dépasse la taille acceptée.</translation>
    </message>
    <message>
        <source>The hub refused a file: this device has too many files waiting at the hub. It is sent again when Liaison starts.</source>
        <translation>Le concentrateur a refusé un fichier&#xa0;: cet appareil a trop de fichiers en attente au concentrateur. Il sera renvoyé au prochain démarrage de Liaison.</translation>
    </message>
    <message>
        <source>The hub refused a file; it stays on this computer.</source>
        <translation>Le concentrateur a refusé un fichier&#xa0;; il reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The hub does not have this file: the analyst who added it may not have been connected since, or it is not shared with you.</source>
        <translation>Le concentrateur n&apos;a pas ce fichier&#xa0;: l&apos;analyste qui l&apos;a ajouté ne s&apos;est peut-être pas connecté depuis, ou il n&apos;est pas partagé avec vous.</translation>
    </message>
    <message>
        <source>What arrived from the hub did not match the file&apos;s SHA-256; nothing was kept.</source>
        <translation>Ce qui est arrivé du concentrateur ne correspond pas au SHA-256 du fichier&#xa0;; rien n&apos;a été conservé.</translation>
    </message>
</context>
<context>
    <name>FindTime</name>
    <message>
        <source>Free</source>
        <extracomment>Find a time: the attendee can be booked then</extracomment>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Day off or holiday</source>
        <extracomment>Find a time: the attendee is on leave or it is a holiday of their centre</extracomment>
        <translation>Congé ou jour férié</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <extracomment>Find a time: the time is outside the attendee&apos;s working hours, in their own zone</extracomment>
        <translation>En dehors des heures de travail</translation>
    </message>
    <message>
        <source>Busy</source>
        <extracomment>Find a time: the attendee is already booked then</extracomment>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Choose at least one attendee.</source>
        <extracomment>Find a time refused: no attendee chosen</extracomment>
        <translation>Choisissez au moins un participant.</translation>
    </message>
    <message numerus="yes">
        <source>Find a time for at most %n attendee(s).</source>
        <extracomment>Find a time refused: %n the largest number of attendees</extracomment>
        <translation>
            <numerusform>Cherchez une plage pour au plus %n participant.</numerusform>
            <numerusform>Cherchez une plage pour au plus %n participants.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same attendee is listed twice.</source>
        <extracomment>Find a time refused</extracomment>
        <translation>Le même participant figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>An attendee&apos;s time zone is not a known time zone.</source>
        <extracomment>Find a time refused: an attendee&apos;s IANA time zone is not in the tz database</extracomment>
        <translation>Le fuseau horaire d’un participant n’est pas un fuseau connu.</translation>
    </message>
    <message>
        <source>An attendee&apos;s working hours are not valid: each day must start before it ends, within the day.</source>
        <extracomment>Find a time refused: working hours must be within one day, start before end</extracomment>
        <translation>Les heures de travail d’un participant ne sont pas valides&#xa0;: chaque journée doit commencer avant de finir, dans la même journée.</translation>
    </message>
    <message>
        <source>An attendee&apos;s booking has no valid start or end.</source>
        <extracomment>Find a time refused: a booking read from the calendar lacks a start or an end</extracomment>
        <translation>Une réservation d’un participant n’a pas de début ou de fin valide.</translation>
    </message>
    <message>
        <source>An optional attendee is not among the attendees.</source>
        <extracomment>Find a time refused</extracomment>
        <translation>Un participant facultatif ne fait pas partie des participants.</translation>
    </message>
    <message>
        <source>Choose the first day to search.</source>
        <extracomment>Find a time refused</extracomment>
        <translation>Choisissez le premier jour de la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>Search at most %n day(s) ahead.</source>
        <extracomment>Find a time refused: %n the largest number of days searched</extracomment>
        <translation>
            <numerusform>Cherchez au plus %n jour à l’avance.</numerusform>
            <numerusform>Cherchez au plus %n jours à l’avance.</numerusform>
        </translation>
    </message>
    <message>
        <source>A meeting lasts from 1 minute to 24 hours.</source>
        <extracomment>Find a time refused: the meeting&apos;s length</extracomment>
        <translation>Une réunion dure de 1 minute à 24 heures.</translation>
    </message>
    <message>
        <source>Ask for 1 to %1 slots.</source>
        <extracomment>Find a time refused: %1 the largest number of slots proposed</extracomment>
        <translation>Demandez de 1 à %1 plages.</translation>
    </message>
    <message>
        <source>The organiser&apos;s time zone is not a known time zone.</source>
        <extracomment>Find a time refused: the organiser&apos;s IANA time zone is not in the tz database</extracomment>
        <translation>Le fuseau horaire de l’organisateur n’est pas un fuseau connu.</translation>
    </message>
    <message>
        <source>The search needs the current time.</source>
        <extracomment>Find a time refused: the search was started without the current time</extracomment>
        <translation>La recherche a besoin de l’heure actuelle.</translation>
    </message>
    <message>
        <source>This search cannot be run.</source>
        <extracomment>Find a time refused for a reason not listed</extracomment>
        <translation>Cette recherche ne peut pas être lancée.</translation>
    </message>
    <message>
        <source>The step between slots must be from %1 minutes to 24 hours.</source>
        <extracomment>Find a time refused: %1 the smallest step between slots, in minutes</extracomment>
        <translation>L’intervalle entre les plages doit être de %1 minutes à 24 heures.</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>Holidays are computed for the years %1 to %2 only.</source>
        <extracomment>%1 and %2 are years, e.g. 1990 and 2100</extracomment>
        <translation>Les jours fériés ne sont calculés que pour les années %1 à %2.</translation>
    </message>
    <message>
        <source>Liaison has no holiday rules for this region of Canada. Known regions: %1.</source>
        <extracomment>%1 is a list of province codes, e.g. &quot;AB, BC, ON, QC&quot;</extracomment>
        <translation>Liaison n’a pas de règles de jours fériés pour cette région du Canada. Régions connues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Liaison has no holiday rules for this region of the United States. Known regions: %1.</source>
        <extracomment>%1 is a list of state codes, e.g. &quot;DC, ID&quot;</extracomment>
        <translation>Liaison n’a pas de règles de jours fériés pour cet État ou territoire des États-Unis. Régions connues&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>an event without a start: left out</source>
        <extracomment>iCalendar import problem: a VEVENT without DTSTART</extracomment>
        <translation>un événement sans début&#xa0;: laissé de côté</translation>
    </message>
    <message>
        <source>a date before 1900 or after 2200: left out</source>
        <extracomment>iCalendar import problem</extracomment>
        <translation>une date antérieure à 1900 ou postérieure à 2200&#xa0;: laissée de côté</translation>
    </message>
    <message>
        <source>an unknown time zone %1: read as UTC</source>
        <extracomment>iCalendar import problem: %1 the TZID as written in the file</extracomment>
        <translation>un fuseau horaire inconnu, %1&#xa0;: lu en UTC</translation>
    </message>
    <message>
        <source>the time zone %1 is not a known one: its times are converted with the file&apos;s own definition and kept in UTC</source>
        <extracomment>iCalendar import problem: %1 the TZID; the file&apos;s VTIMEZONE was used to convert</extracomment>
        <translation>le fuseau horaire %1 n&apos;est pas connu&#xa0;: ses heures sont converties selon la définition du fichier et gardées en UTC</translation>
    </message>
    <message>
        <source>a time without a time zone: read in your time zone (%1)</source>
        <extracomment>iCalendar import problem: %1 the importing analyst&apos;s time zone (IANA id)</extracomment>
        <translation>une heure sans fuseau horaire&#xa0;: lue dans votre fuseau horaire (%1)</translation>
    </message>
    <message>
        <source>a recurring event (RRULE): only its first occurrence is taken</source>
        <extracomment>iCalendar import problem</extracomment>
        <translation>un événement récurrent (RRULE)&#xa0;: seule sa première occurrence est prise</translation>
    </message>
    <message>
        <source>a changed occurrence of a recurring event: left out</source>
        <extracomment>iCalendar import problem: a VEVENT with RECURRENCE-ID</extracomment>
        <translation>une occurrence modifiée d&apos;un événement récurrent&#xa0;: laissée de côté</translation>
    </message>
    <message>
        <source>an attendee without an address: left out</source>
        <extracomment>iCalendar import problem: %1 the attendee&apos;s name (may be empty)</extracomment>
        <translation>un participant sans adresse&#xa0;: laissé de côté</translation>
    </message>
    <message>
        <source>an attendee without an address (%1): left out</source>
        <translation>un participant sans adresse (%1)&#xa0;: laissé de côté</translation>
    </message>
    <message>
        <source>an answer without a UID: left out</source>
        <extracomment>iCalendar import problem: %1 the identifier made for the event</extracomment>
        <translation>une réponse sans UID&#xa0;: laissée de côté</translation>
    </message>
    <message>
        <source>an event without a UID: given %1</source>
        <translation>un événement sans UID&#xa0;: l&apos;UID %1 lui est attribué</translation>
    </message>
    <message>
        <source>a UID longer than %L1 characters: left out</source>
        <extracomment>iCalendar import problem: %1 a number of characters</extracomment>
        <translation>un UID de plus de %L1 caractères&#xa0;: laissé de côté</translation>
    </message>
    <message>
        <source>a second event with the same UID: left out</source>
        <extracomment>iCalendar import problem</extracomment>
        <translation>un deuxième événement avec le même UID&#xa0;: laissé de côté</translation>
    </message>
    <message>
        <source>the file ends inside this event: left out</source>
        <extracomment>iCalendar import problem: the file was cut inside this VEVENT</extracomment>
        <translation>le fichier se termine au milieu de cet événement&#xa0;: laissé de côté</translation>
    </message>
    <message>
        <source>the file ends before END:VCALENDAR: only the complete events are taken</source>
        <extracomment>iCalendar import problem</extracomment>
        <translation>le fichier se termine avant END:VCALENDAR&#xa0;: seuls les événements complets sont pris</translation>
    </message>
    <message>
        <source>libical stopped before the end of the file: the rest is left out</source>
        <extracomment>iCalendar import problem</extracomment>
        <translation>libical s&apos;est arrêtée avant la fin du fichier&#xa0;: le reste est laissé de côté</translation>
    </message>
    <message>
        <source>a line that could not be read was left out (%1)</source>
        <extracomment>iCalendar import problem: %1 libical&apos;s own (English) description of the line</extracomment>
        <translation>une ligne illisible a été laissée de côté (%1)</translation>
    </message>
    <message>
        <source>the %1 field is too long: cut</source>
        <extracomment>iCalendar import problem: %1 a property name such as SUMMARY or CN</extracomment>
        <translation>le champ %1 est trop long&#xa0;: tronqué</translation>
    </message>
    <message>
        <source>an end before its start: the event ends at its start</source>
        <extracomment>iCalendar import problem</extracomment>
        <translation>une fin antérieure au début&#xa0;: l&apos;événement se termine à son début</translation>
    </message>
    <message>
        <source>a start and an end of different kinds (date and date-time): the end is ignored</source>
        <extracomment>iCalendar import problem: DTSTART a date and DTEND a date-time or the reverse</extracomment>
        <translation>un début et une fin de types différents (date et date-heure)&#xa0;: la fin est ignorée</translation>
    </message>
    <message>
        <source>an unknown status %1: read as confirmed</source>
        <extracomment>iCalendar import problem: %1 the STATUS value as written</extracomment>
        <translation>un statut inconnu, %1&#xa0;: lu comme confirmé</translation>
    </message>
    <message>
        <source>an unknown answer %1: read as no answer yet</source>
        <extracomment>iCalendar import problem: %1 the PARTSTAT value as written</extracomment>
        <translation>une réponse inconnue, %1&#xa0;: lue comme sans réponse</translation>
    </message>
    <message>
        <source>an answer without an attendee: left out</source>
        <extracomment>iCalendar import problem: a REPLY VEVENT without ATTENDEE</extracomment>
        <translation>une réponse sans participant&#xa0;: laissée de côté</translation>
    </message>
    <message>
        <source>not an event (%1): left out</source>
        <extracomment>iCalendar import problem: %1 the component name (VTODO, VJOURNAL, ...)</extracomment>
        <translation>pas un événement (%1)&#xa0;: laissé de côté</translation>
    </message>
    <message>
        <source>not a calendar (%1): left out</source>
        <extracomment>iCalendar import problem: %1 a component name at the top of the file</extracomment>
        <translation>pas un calendrier (%1)&#xa0;: laissé de côté</translation>
    </message>
    <message>
        <source>METHOD:%1 is not handled: nothing of this calendar is taken</source>
        <extracomment>iCalendar import problem: %1 the METHOD (COUNTER, REFRESH, ...)</extracomment>
        <translation>METHOD:%1 n&apos;est pas prise en charge&#xa0;: rien de ce calendrier n&apos;est pris</translation>
    </message>
    <message>
        <source>more than %L1 events: the rest is left out</source>
        <extracomment>iCalendar import problem: %1 the limit</extracomment>
        <translation>plus de %L1 événements&#xa0;: le reste est laissé de côté</translation>
    </message>
    <message>
        <source>more than %L1 attendees: the rest are left out</source>
        <extracomment>iCalendar import problem: %1 the limit</extracomment>
        <translation>plus de %L1 participants&#xa0;: les autres sont laissés de côté</translation>
    </message>
    <message>
        <source>more than %L1 problems: the rest are not listed</source>
        <extracomment>iCalendar import problem: %1 the limit</extracomment>
        <translation>plus de %L1 problèmes&#xa0;: les autres ne sont pas énumérés</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <extracomment>iCalendar import: %1 a problem of the file as a whole</extracomment>
        <translation>Dans le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <extracomment>iCalendar import: %1 the event&apos;s UID, %2 the problem</extracomment>
        <translation>Événement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Component %1: %2</source>
        <extracomment>iCalendar import: %1 the component&apos;s position in the file (1, 2, ...), %2 the problem</extracomment>
        <translation>Composant %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This file is larger than %1 MiB: it was not read.</source>
        <extracomment>iCalendar import refused: %1 the size limit in MiB</extracomment>
        <translation>Ce fichier dépasse %1 Mio&#xa0;: il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>This file is not an iCalendar (.ics) file.</source>
        <extracomment>iCalendar import refused</extracomment>
        <translation>Ce fichier n&apos;est pas un fichier iCalendar (.ics).</translation>
    </message>
    <message>
        <source>This iCalendar file could not be read.</source>
        <extracomment>iCalendar import refused: libical could not read it</extracomment>
        <translation>Ce fichier iCalendar n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>%1: message deleted</source>
        <translation>%1&#xa0;: message supprimé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A reply&apos;s quote: %1 author of the original, %2 its first words
----------
A message as a screen reader reads it: %1 author, %2 text</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>message supprimé</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Online</source>
        <extracomment>Presence of an analyst: connected and active</extracomment>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>Presence of an analyst: connected but idle for a while</extracomment>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Presence of an analyst: no Liaison of theirs is connected</extracomment>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>ScheduleChecks</name>
    <message>
        <source>%1 is already booked on the visit “%2” on %3.</source>
        <extracomment>Visit warning: %1 a visitor, %2 the title of their other visit, %3 a date</extracomment>
        <translation>%1 participe déjà à la visite « %2 » le %3.</translation>
    </message>
    <message>
        <source>%1 is already booked on the visit “%2” from %3 to %4.</source>
        <extracomment>Visit warning: %1 a visitor, %2 the title of their other visit, %3 and %4 the first and last dates this visit shares with it</extracomment>
        <translation>%1 participe déjà à la visite « %2 » du %3 au %4.</translation>
    </message>
    <message>
        <source>%1 is travelling for the visit “%2” on %3.</source>
        <extracomment>Visit warning: %1 a visitor, %2 the title of their other visit, %3 a date of this visit that is a travel day of the other</extracomment>
        <translation>%1 est en déplacement pour la visite « %2 » le %3.</translation>
    </message>
    <message>
        <source>%1 is travelling for the visit “%2” from %3 to %4.</source>
        <extracomment>Visit warning: %1 a visitor, %2 the title of their other visit, %3 and %4 the first and last dates of this visit that are travel days of the other</extracomment>
        <translation>%1 est en déplacement pour la visite « %2 » du %3 au %4.</translation>
    </message>
    <message>
        <source>%1 is a holiday for %2: %3.</source>
        <extracomment>Visit warning: %1 a date of the visit, %2 a centre (host or visitor&apos;s), %3 the holiday&apos;s name</extracomment>
        <translation>Le %1 est un jour férié pour %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Clocks change in %1 on %2, from %3 to %4: the agenda shows times in both zones.</source>
        <extracomment>Visit warning: %1 the city of a time zone, %2 the date clocks change, %3 and %4 the offsets before and after (&quot;UTC−05:00&quot;)</extracomment>
        <translation>L’heure change à %1 le %2, de %3 à %4&#xa0;: l’ordre du jour montre les heures dans les deux fuseaux.</translation>
    </message>
</context>
<context>
    <name>ScheduleEventModel</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A span of days: %1 the first, %2 the last</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>A time on a day: %1 the day, %2 start time, %3 end time</extracomment>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>Kind of calendar event</extracomment>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>%1 · %2 (%3, %4) · %5</source>
        <extracomment>An event in the agenda: %1 when, %2 its title, %3 call or visit, %4 the centre&apos;s tag and id, %5 its status</extracomment>
        <translation>%1 · %2 (%3, %4) · %5</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>Status of a visit</extracomment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>Status of a visit: waiting for the team leads&apos; approval</extracomment>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>Status of a visit: approved by a team lead of each centre</extracomment>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <extracomment>Status of a visit or call</extracomment>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Status of a visit</extracomment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Status of a visit or call</extracomment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Tentative</source>
        <extracomment>Status of a call not yet confirmed</extracomment>
        <translation>Provisoire</translation>
    </message>
</context>
<context>
    <name>ScheduleExchange</name>
    <message>
        <source>The calendar could not be written to %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>Le calendrier n’a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>Le fichier %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is cancelled in the file: not added.</source>
        <extracomment>%1 is an event&apos;s title</extracomment>
        <translation>«&#xa0;%1&#xa0;» est annulé dans le fichier&#xa0;: il n’est pas ajouté.</translation>
    </message>
    <message>
        <source>“%1” is an older version (SEQUENCE %2) than this profile’s (%3): not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est une version plus ancienne (SEQUENCE %2) que celle de ce profil (%3)&#xa0;: rien n’est modifié.</translation>
    </message>
    <message>
        <source>“%1” is completed or cancelled here: not changed.</source>
        <extracomment>%1 is an event&apos;s title</extracomment>
        <translation>«&#xa0;%1&#xa0;» est terminé ou annulé ici&#xa0;: rien n’est modifié.</translation>
    </message>
    <message>
        <source>Cancelled in an imported calendar file.</source>
        <translation>Annulé dans un fichier de calendrier importé.</translation>
    </message>
    <message>
        <source>“%1” has no length (its end is its start): not taken.</source>
        <extracomment>%1 is an event&apos;s title</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’a pas de durée (sa fin est son début)&#xa0;: il n’est pas retenu.</translation>
    </message>
    <message>
        <source>“%1” was not taken: %2</source>
        <extracomment>%1 is an event&apos;s title, %2 why it was refused (a sentence)</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’a pas été retenu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cancelled event %1 is not in this profile.</source>
        <extracomment>%1 is an event&apos;s UID (its identifier in the file)</extracomment>
        <translation>L’événement annulé %1 n’est pas dans ce profil.</translation>
    </message>
    <message>
        <source>The cancellation of “%1” is older than this profile’s version, or the event is completed: not cancelled.</source>
        <translation>L’annulation de «&#xa0;%1&#xa0;» est plus ancienne que la version de ce profil, ou l’événement est terminé&#xa0;: il n’est pas annulé.</translation>
    </message>
    <message>
        <source>The answer is about an event not in this profile (%1).</source>
        <extracomment>%1 is an event&apos;s UID (its identifier in the file)</extracomment>
        <translation>La réponse porte sur un événement absent de ce profil (%1).</translation>
    </message>
    <message>
        <source>The answer of %1 is about an older version of “%2”: not taken.</source>
        <translation>La réponse de %1 porte sur une version plus ancienne de «&#xa0;%2&#xa0;»&#xa0;: elle n’est pas retenue.</translation>
    </message>
    <message>
        <source>%1 is not an attendee of “%2”: the answer is not taken.</source>
        <translation>%1 ne participe pas à «&#xa0;%2&#xa0;»&#xa0;: la réponse n’est pas retenue.</translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>Ottawa</source>
        <extracomment>City shown for the time zone America/Toronto (the Canadian centre)</extracomment>
        <translation>Ottawa</translation>
    </message>
    <message>
        <source>Washington</source>
        <extracomment>City shown for the time zone America/New_York (the US centre)</extracomment>
        <translation>Washington</translation>
    </message>
    <message>
        <source>Idaho Falls</source>
        <extracomment>City shown for the time zone America/Boise (Mountain time: the Idaho National Laboratory)</extracomment>
        <translation>Idaho Falls</translation>
    </message>
    <message>
        <source>St. John&apos;s</source>
        <extracomment>City shown for the time zone America/St_Johns (Newfoundland, UTC−03:30)</extracomment>
        <translation>St. John&apos;s</translation>
    </message>
    <message>
        <source>Halifax</source>
        <extracomment>City shown for the time zone America/Halifax</extracomment>
        <translation>Halifax</translation>
    </message>
    <message>
        <source>Winnipeg</source>
        <extracomment>City shown for the time zone America/Winnipeg</extracomment>
        <translation>Winnipeg</translation>
    </message>
    <message>
        <source>Edmonton</source>
        <extracomment>City shown for the time zone America/Edmonton</extracomment>
        <translation>Edmonton</translation>
    </message>
    <message>
        <source>Vancouver</source>
        <extracomment>City shown for the time zone America/Vancouver</extracomment>
        <translation>Vancouver</translation>
    </message>
    <message>
        <source>UTC</source>
        <extracomment>The zone UTC in the list of time zones (Coordinated Universal Time)</extracomment>
        <translation>UTC</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A time zone as a column header: %1 the city, %2 its offset (&quot;UTC−04:00&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A time zone as a column header: %1 the city, %2 its abbreviation (&quot;EDT&quot;), %3 its offset (&quot;UTC−04:00&quot;)</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>UiErrors</name>
    <message>
        <source>Liaison could not save this change in your profile. Nothing was changed; try again, and restart Liaison if it happens again.</source>
        <translation>Liaison n’a pas pu enregistrer cette modification dans votre profil. Rien n’a été modifié; réessayez, puis redémarrez Liaison si le problème se reproduit.</translation>
    </message>
    <message>
        <source>Liaison could not do this. Nothing was changed.</source>
        <translation>Liaison n’a pas pu effectuer cette action. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <extracomment>%1 is a size in MiB</extracomment>
        <translation>Le fichier dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>This line is longer than %1 KiB.</source>
        <extracomment>%1 is a size in KiB</extracomment>
        <translation>Cette ligne dépasse %1 Kio.</translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 text.</source>
        <translation>Cette ligne n’est pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>This line contains a control character.</source>
        <translation>Cette ligne contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The file starts with a continuation line.</source>
        <translation>Le fichier commence par une ligne de continuation.</translation>
    </message>
    <message>
        <source>This line is not a vCard property (NAME:value).</source>
        <translation>Cette ligne n’est pas une propriété vCard (NOM:valeur).</translation>
    </message>
    <message>
        <source>A parameter of this property is malformed.</source>
        <translation>Un paramètre de cette propriété est mal formé.</translation>
    </message>
    <message>
        <source>This property has more than %1 parameters.</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Cette propriété a plus de %1 paramètres.</translation>
    </message>
    <message>
        <source>The value of this property is malformed.</source>
        <translation>La valeur de cette propriété est mal formée.</translation>
    </message>
    <message>
        <source>This property is outside a card (BEGIN:VCARD … END:VCARD).</source>
        <translation>Cette propriété est hors d’une fiche (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD.</source>
        <translation>END:VCARD sans BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>BEGIN inside a card: the card before it has no END:VCARD.</source>
        <translation>BEGIN à l’intérieur d’une fiche&#xa0;: la fiche précédente n’a pas de END:VCARD.</translation>
    </message>
    <message>
        <source>Only vCards (BEGIN:VCARD) can be read here.</source>
        <translation>Seules des vCards (BEGIN:VCARD) peuvent être lues ici.</translation>
    </message>
    <message>
        <source>VERSION must come first after BEGIN:VCARD.</source>
        <translation>VERSION doit venir en premier après BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>vCard 2.1 is not supported: export the contacts as vCard 4.0 or 3.0.</source>
        <translation>Le format vCard 2.1 n’est pas pris en charge&#xa0;: exportez les contacts en vCard 4.0 ou 3.0.</translation>
    </message>
    <message>
        <source>This vCard version is not supported (4.0 and 3.0 are).</source>
        <translation>Cette version de vCard n’est pas prise en charge (les versions 4.0 et 3.0 le sont).</translation>
    </message>
    <message>
        <source>The card gives its VERSION twice.</source>
        <translation>La fiche indique sa VERSION deux fois.</translation>
    </message>
    <message>
        <source>The card that starts here has no FN (formatted name).</source>
        <translation>La fiche qui commence ici n’a pas de FN (nom affiché).</translation>
    </message>
    <message>
        <source>The card that starts here has no END:VCARD.</source>
        <translation>La fiche qui commence ici n’a pas de END:VCARD.</translation>
    </message>
    <message>
        <source>The file has more than %1 cards.</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Le fichier contient plus de %1 fiches.</translation>
    </message>
    <message>
        <source>The card or the file has too many properties.</source>
        <translation>La fiche ou le fichier contient trop de propriétés.</translation>
    </message>
    <message>
        <source>The time zone is neither a known IANA zone nor a UTC offset.</source>
        <translation>Le fuseau horaire n’est ni un fuseau IANA connu ni un décalage par rapport à UTC.</translation>
    </message>
    <message>
        <source>This line cannot be read.</source>
        <translation>Cette ligne ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number, %2 the reason</extracomment>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>VisitAgenda</name>
    <message>
        <source>Draft</source>
        <comment>visit status</comment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>visit status</comment>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>visit status</comment>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>visit status</comment>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>visit status</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>visit status</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Tentative</source>
        <comment>call status</comment>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>an attendee&apos;s answer</comment>
        <translation>accepté</translation>
    </message>
    <message>
        <source>declined</source>
        <comment>an attendee&apos;s answer</comment>
        <translation>refusé</translation>
    </message>
    <message>
        <source>tentative</source>
        <comment>an attendee&apos;s answer</comment>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <comment>an attendee&apos;s answer</comment>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>Dates</source>
        <extracomment>The days of a visit: %1 its first day, %2 its last day (both included)</extracomment>
        <translation>Dates</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>%1 the start, %2 the end time, %3 the time zone&apos;s offset (&quot;UTC−05:00&quot;)</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Host centre</source>
        <translation>Centre hôte</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Travel days</source>
        <extracomment>Travel days before and after a visit: %1 before, %2 after</extracomment>
        <translation>Jours de déplacement</translation>
    </message>
    <message>
        <source>%1 before, %2 after</source>
        <translation>%1 avant, %2 après</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motif de l’annulation</translation>
    </message>
    <message>
        <source>Visitors and attendees</source>
        <translation>Visiteurs et participants</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An attendee on a visit&apos;s agenda: %1 the name, %2 the answer (&quot;accepted&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>%1: approved by %2 on %3</source>
        <extracomment>%1 a centre, %2 the team lead who approved, %3 when</extracomment>
        <translation>%1&#xa0;: approuvée par %2 le %3</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>No agenda items yet.</source>
        <translation>Aucun point à l’ordre du jour pour l’instant.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Animé par</translation>
    </message>
    <message>
        <source>The agenda could not be written to %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>L’ordre du jour n’a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>liaison::AttachmentBar</name>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Send files with the message, up to %1 each. You can also drop files on the conversation or paste an image.</source>
        <extracomment>%1 is a size such as &quot;25 MiB&quot;</extracomment>
        <translation>Envoyer des fichiers avec le message, jusqu’à %1 chacun. Vous pouvez aussi déposer des fichiers sur la conversation ou coller une image.</translation>
    </message>
    <message>
        <source>Not attached: %1 is larger than the hub accepts (%2).</source>
        <extracomment>%1 file name, %2 a size such as &quot;25 MiB&quot;</extracomment>
        <translation>Pièce jointe refusée&#x202f;: %1 dépasse la taille acceptée par le concentrateur (%2).</translation>
    </message>
    <message>
        <source>Not attached: %1 could not be read.</source>
        <translation>Pièce jointe refusée&#x202f;: %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>pasted-image-%1.png</source>
        <extracomment>The name given to an image pasted into the chat; %1 date and time (file-name safe)</extracomment>
        <translation>image-collee-%1.png</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A file waiting to be sent: %1 name, %2 size</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Do not send %1</source>
        <extracomment>%1 file name</extracomment>
        <translation>Ne pas envoyer %1</translation>
    </message>
    <message>
        <source>Not sent: a file is larger than the hub accepts (%1).</source>
        <translation>Non envoyé&#x202f;: un fichier dépasse la taille acceptée par le concentrateur (%1).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#x202f;: %1</translation>
    </message>
    <message>
        <source>Not sent: the files could not be stored in this profile.</source>
        <translation>Non envoyé&#x202f;: les fichiers n’ont pas pu être conservés dans ce profil.</translation>
    </message>
</context>
<context>
    <name>liaison::AttachmentView</name>
    <message>
        <source>Waiting to be sent to the hub</source>
        <extracomment>A file of a chat message: this device has not sent it to the hub yet</extracomment>
        <translation>En attente d’envoi au concentrateur</translation>
    </message>
    <message>
        <source>Sending to the hub: %1%</source>
        <extracomment>A file of a chat message: %1 is a percentage</extracomment>
        <translation>Envoi au concentrateur&#x202f;: %1&#x202f;%</translation>
    </message>
    <message>
        <source>On the hub</source>
        <extracomment>A file this analyst sent: the hub has it (and so does this computer)</extracomment>
        <translation>Sur le concentrateur</translation>
    </message>
    <message>
        <source>On the hub: download to open it</source>
        <extracomment>A file someone else sent, not on this computer yet</extracomment>
        <translation>Sur le concentrateur&#x202f;: téléchargez-le pour l’ouvrir</translation>
    </message>
    <message>
        <source>Downloading: %1%</source>
        <extracomment>A file of a chat message: %1 is a percentage</extracomment>
        <translation>Téléchargement&#x202f;: %1&#x202f;%</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>A file of a chat message, on this computer and checked</extracomment>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>A file of a chat message: %1 why it failed</extracomment>
        <translation>Échec&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1, %2, SHA-256 %3, %4</source>
        <extracomment>A file of a chat message as read aloud: %1 name, %2 size, %3 start of its SHA-256, %4 where it is</extracomment>
        <translation>%1, %2, SHA-256 %3, %4</translation>
    </message>
    <message>
        <source>%1
%2, %3
SHA-256: %4 (click to copy)</source>
        <extracomment>Tooltip of a file of a chat message: %1 name, %2 size, %3 type, %4 the whole SHA-256</extracomment>
        <translation>%1
%2, %3
SHA-256&#x202f;: %4 (cliquer pour copier)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Stops sending (the file is taken off the message) or downloading a file</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Download a file again after a failure</extracomment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>This file is not on this computer yet, and Liaison is not connected to a hub.</source>
        <translation>Ce fichier n’est pas encore sur cet ordinateur, et Liaison n’est connecté à aucun concentrateur.</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Enregistrer le fichier</translation>
    </message>
    <message>
        <source>Downloading %1 from the hub; it is saved when it arrives.</source>
        <translation>Téléchargement de %1 depuis le concentrateur&#x202f;; il sera enregistré à son arrivée.</translation>
    </message>
    <message>
        <source>Downloading %1 from the hub; it opens when it arrives.</source>
        <translation>Téléchargement de %1 depuis le concentrateur&#x202f;; il s’ouvrira à son arrivée.</translation>
    </message>
    <message>
        <source>Not saved: the release could not be recorded.</source>
        <translation>Non enregistré&#xa0;: la diffusion n&apos;a pas pu être consignée.</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>Not saved: the file could not be read from this profile.</source>
        <translation>Non enregistré&#xa0;: le fichier n&apos;a pas pu être lu dans ce profil.</translation>
    </message>
</context>
<context>
    <name>liaison::BoardPage</name>
    <message>
        <source>Any TLP</source>
        <extracomment>Filter choice: no TLP restriction</extracomment>
        <translation>Tout TLP</translation>
    </message>
    <message>
        <source>Any severity</source>
        <extracomment>Filter choice: any severity</extracomment>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>Any status</source>
        <extracomment>Filter choice: any status</extracomment>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Sector in a list: %1 country code (US, CA), %2 sector name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Any sector</source>
        <extracomment>Filter choice: any critical-infrastructure sector</extracomment>
        <translation>Tout secteur</translation>
    </message>
    <message>
        <source>Any centre</source>
        <extracomment>Filter choice: incidents of any owner centre</extracomment>
        <translation>Tout centre</translation>
    </message>
    <message>
        <source>Search titles, summaries, indicators, comments</source>
        <translation>Chercher dans les titres, résumés, indicateurs et commentaires</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Chercher des incidents</translation>
    </message>
    <message>
        <source>Filter by TLP</source>
        <translation>Filtrer par TLP</translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation>Filtrer par gravité</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation>Filtrer par secteur</translation>
    </message>
    <message>
        <source>Filter by owner centre</source>
        <translation>Filtrer par centre propriétaire</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Qui me sont assignés</translation>
    </message>
    <message>
        <source>Changed since I last looked</source>
        <translation>Modifiés depuis ma dernière consultation</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Nouvel incident…</translation>
    </message>
    <message>
        <source>Create an incident (%1)</source>
        <translation>Créer un incident (%1)</translation>
    </message>
    <message>
        <source>Board</source>
        <extracomment>Show incidents as kanban columns</extracomment>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Table</source>
        <extracomment>Show incidents as a table</extracomment>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Export shown incidents as CSV…</source>
        <translation>Exporter les incidents affichés en CSV…</translation>
    </message>
    <message>
        <source>Export shown incidents as STIX 2.1…</source>
        <translation>Exporter les incidents affichés en STIX 2.1…</translation>
    </message>
    <message>
        <source>Enrol this profile with a hub first (File → Settings): incidents are signed by their analyst.</source>
        <translation>Inscrivez d&apos;abord ce profil auprès d&apos;un concentrateur (Fichier → Paramètres)&#xa0;: les incidents sont signés par leur analyste.</translation>
    </message>
</context>
<context>
    <name>liaison::BoardView</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Board column header: %1 is the status, %2 the number of incidents in it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Incidents with status %1</source>
        <extracomment>Accessible name of a board column; %1 is the status</extracomment>
        <translation>Incidents à l&apos;état %1</translation>
    </message>
    <message>
        <source>Show the %1 column</source>
        <extracomment>Accessible name of the strip of a collapsed board column; %1 is the status</extracomment>
        <translation>Afficher la colonne %1</translation>
    </message>
    <message>
        <source>Collapse the %1 column</source>
        <extracomment>Button that folds a board column into a narrow strip; %1 is the status</extracomment>
        <translation>Replier la colonne %1</translation>
    </message>
</context>
<context>
    <name>liaison::CallDialog</name>
    <message>
        <source>Cancel the call</source>
        <translation>Annuler l’appel</translation>
    </message>
    <message>
        <source>Why is the call cancelled?</source>
        <translation>Pourquoi l’appel est-il annulé&#xa0;?</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>An attendee of a call who must be there</extracomment>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <extracomment>An attendee of a call who may come</extracomment>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>This time does not exist there: clocks go from %1 to %2.</source>
        <extracomment>A call time that does not exist: %1 the time clocks jump from, %2 the time they jump to</extracomment>
        <translation>Cette heure n’existe pas là-bas&#xa0;: les horloges passent de %1 à %2.</translation>
    </message>
    <message>
        <source>This time does not exist there.</source>
        <translation>Cette heure n’existe pas là-bas.</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>You, %1: %2</source>
        <extracomment>The call&apos;s time on the viewer&apos;s clock: %1 the zone, %2 the times</extracomment>
        <translation>Vous, %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The call&apos;s time on another clock: %1 the zone, %2 the times</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Nouvel appel</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <extracomment>The call&apos;s day and start time on the organiser&apos;s clock</extracomment>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>Organiser’s time &amp;zone:</source>
        <translation>&amp;Fuseau horaire de l’organisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Du&amp;rée&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit of the duration of a call</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>On each clock:</source>
        <extracomment>The call&apos;s time on the clocks of the viewer and the counterparts</extracomment>
        <translation>À chaque horloge&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Participants&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;My answer:</source>
        <translation>&amp;Ma réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Video or phone link:</source>
        <translation>&amp;Lien vidéo ou téléphonique&#xa0;:</translation>
    </message>
    <message>
        <source>Linked &amp;incident:</source>
        <translation>&amp;Incident lié&#xa0;:</translation>
    </message>
    <message>
        <source>Linked c&amp;hannel:</source>
        <translation>Ca&amp;nal lié&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Find a time…</source>
        <translation>Trou&amp;ver un moment…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Cancel call…</source>
        <translation>Annuler l’appel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Start time</source>
        <extracomment>Read by a screen reader: the time field beside the date of a call</extracomment>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Analyst to add</source>
        <extracomment>Read by a screen reader: the list of analysts to add as attendees</extracomment>
        <translation>Analyste à ajouter</translation>
    </message>
    <message>
        <source>Attendees</source>
        <extracomment>Read by a screen reader: the table of a call&apos;s attendees</extracomment>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>liaison::CapsLockWarning</name>
    <message>
        <source>Caps Lock is on: the passphrase may be typed in capitals.</source>
        <extracomment>Shown under a passphrase field while Caps Lock seems to be on</extracomment>
        <translation>Le verrouillage des majuscules est activé&#xa0;: la phrase de passe risque d’être tapée en majuscules.</translation>
    </message>
</context>
<context>
    <name>liaison::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>The profile is encrypted again under the new passphrase. If Liaison stops half-way, the old or the new passphrase opens it, never neither.</source>
        <translation>Le profil est chiffré de nouveau sous la nouvelle phrase de passe. Si Liaison s’arrête en cours de route, l’ancienne ou la nouvelle phrase de passe l’ouvre toujours.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase de passe &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;firm new passphrase:</source>
        <translation>Con&amp;firmer la nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Change Passphrase</source>
        <extracomment>Button that re-encrypts the profile under the new passphrase</extracomment>
        <translation>&amp;Changer la phrase de passe</translation>
    </message>
    <message>
        <source>The passphrase could not be changed. Check that this computer has enough free memory and disk space, then try again.</source>
        <translation>La phrase de passe n’a pas pu être changée. Vérifiez que cet ordinateur dispose d’assez de mémoire et d’espace disque libres, puis réessayez.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>La phrase de passe actuelle est erronée. Rien n’a été changé.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: the profile folder could not be written. Check its permissions and the free disk space, then try again. Should Liaison refuse the old passphrase at the next start, the new one opens the profile.</source>
        <translation>La phrase de passe n’a pas pu être changée&#xa0;: impossible d’écrire dans le dossier du profil. Vérifiez ses permissions et l’espace disque libre, puis réessayez. Si Liaison refuse l’ancienne phrase de passe au prochain démarrage, la nouvelle ouvre le profil.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nouvelle phrase de passe est identique à l’actuelle.</translation>
    </message>
</context>
<context>
    <name>liaison::ChangedElsewhereBanner</name>
    <message>
        <source>Compare…</source>
        <extracomment>Opens theirs and yours side by side, to keep either</extracomment>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Shows their value beside yours for each field, to keep either</source>
        <translation>Montre leur valeur à côté de la vôtre pour chaque champ, pour garder l’une ou l’autre</translation>
    </message>
    <message>
        <source>%1 changed the %2 while you were editing. Your text is kept: compare to keep theirs or yours; saving keeps yours.</source>
        <extracomment>%1 who (names and centres), %2 the fields (title, status...) in the UI language</extracomment>
        <translation>%1 a modifié ce que vous étiez en train de modifier&#xa0;: %2. Votre texte est conservé&#xa0;: comparez pour garder leur valeur ou la vôtre&#xa0;; enregistrer garde la vôtre.</translation>
    </message>
</context>
<context>
    <name>liaison::ChatNotifier</name>
    <message>
        <source>the centre-to-centre bridge</source>
        <translation>la passerelle entre les centres</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <extracomment>Notification title: %1 who wrote to the analyst directly</extracomment>
        <translation>Message de %1</translation>
    </message>
    <message>
        <source>%1 mentioned you in %2</source>
        <extracomment>Notification title: %1 who mentioned the analyst, %2 the channel</extracomment>
        <translation>%1 vous a mentionné dans %2</translation>
    </message>
    <message>
        <source>Open Liaison to read it.</source>
        <extracomment>Notification text when previews are off</extracomment>
        <translation>Ouvrez Liaison pour le lire.</translation>
    </message>
</context>
<context>
    <name>liaison::ChatPage</name>
    <message>
        <source>Find a channel</source>
        <extracomment>Chat rail: filter the channels by name</extracomment>
        <translation>Trouver un canal</translation>
    </message>
    <message>
        <source>&amp;New channel…</source>
        <translation>&amp;Nouveau canal…</translation>
    </message>
    <message>
        <source>&amp;Message someone…</source>
        <translation>&amp;Écrire à quelqu’un…</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>Envo&amp;yer</translation>
    </message>
    <message>
        <source>Open &amp;incident</source>
        <translation>Ouvrir l’&amp;incident</translation>
    </message>
    <message>
        <source>M&amp;ute</source>
        <translation>Mettre en &amp;sourdine</translation>
    </message>
    <message>
        <source>No notifications from this channel</source>
        <translation>Aucune notification de ce canal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Write a message. Enter sends, Shift+Enter starts a new line, @ mentions someone.</source>
        <translation>Écrivez un message. Entrée l’envoie, Maj+Entrée passe à la ligne, @ mentionne quelqu’un.</translation>
    </message>
    <message>
        <source>Pick a channel on the left, or make one with New channel.</source>
        <translation>Choisissez un canal à gauche, ou créez-en un avec Nouveau canal.</translation>
    </message>
    <message>
        <source>Messages of this channel are %1: share them only as that marking allows.</source>
        <extracomment>%1 the TLP label of the channel</extracomment>
        <translation>Les messages de ce canal sont %1&#xa0;: ne les diffusez que comme ce marquage le permet.</translation>
    </message>
    <message>
        <source>made by %1</source>
        <extracomment>Channel header: %1 the centre that made it</extracomment>
        <translation>créé par %1</translation>
    </message>
    <message>
        <source>members: %1</source>
        <extracomment>Channel header: %1 the names of the channel&apos;s members</extracomment>
        <translation>membres&#xa0;: %1</translation>
    </message>
    <message>
        <source>archived: read only</source>
        <translation>archivé&#xa0;: lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>Jump to the first unread message (%n unread)</source>
        <translation>
            <numerusform>Aller au premier message non lu (%n non lu)</numerusform>
            <numerusform>Aller au premier message non lu (%n non lus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>Réponse à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Editing your message (Escape cancels)</source>
        <translation>Modification de votre message (Échap annule)</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Delete this message for everyone in the channel? It stays in the audit trail.</source>
        <translation>Supprimer ce message pour tout le canal&#xa0;? Il reste dans la piste d’audit.</translation>
    </message>
    <message>
        <source>Copy out of Liaison</source>
        <translation>Copier hors de Liaison</translation>
    </message>
    <message>
        <source>This message is %1. Copy it to the clipboard, out of Liaison&apos;s protection? Share it only as the marking allows.</source>
        <extracomment>%1 the TLP label of the channel</extracomment>
        <translation>Ce message est %1. Le copier dans le presse-papiers, hors de la protection de Liaison&#xa0;? Ne le diffusez que comme le marquage le permet.</translation>
    </message>
    <message>
        <source>Delete this undelivered message? Nobody else has it.</source>
        <translation>Supprimer ce message non remis&#xa0;? Personne d’autre ne l’a.</translation>
    </message>
    <message>
        <source>Add indicators to the incident</source>
        <translation>Ajouter des indicateurs à l’incident</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 type of indicator, %2 its value</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Indicators found in the message (recorded with the message as their source):</source>
        <translation>Indicateurs trouvés dans le message (enregistrés avec le message comme source)&#xa0;:</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open %1 in your browser? Links in incident chat may lead to malicious pages.</source>
        <extracomment>%1 the address of the link</extracomment>
        <translation>Ouvrir %1 dans votre navigateur&#xa0;? Les liens d’un clavardage d’incident peuvent mener à des pages malveillantes.</translation>
    </message>
    <message>
        <source>No incident %1 on this computer.</source>
        <translation>Aucun incident %1 sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Show &amp;history…</source>
        <translation>Voir l’&amp;historique…</translation>
    </message>
    <message>
        <source>%1, %2: deleted</source>
        <translation>%1, %2&#xa0;: supprimé</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2&#xa0;:
%3</translation>
    </message>
    <message>
        <source>History of the message</source>
        <translation>Historique du message</translation>
    </message>
    <message>
        <source>Add &amp;indicators to the incident…</source>
        <translation>Ajouter les &amp;indicateurs à l’incident…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An analyst in the chat&apos;s pickers and @ completion: %1 name, %2 their centre</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <source>My centre only</source>
        <extracomment>Who sees a new channel</extracomment>
        <translation>Mon centre seulement</translation>
    </message>
    <message>
        <source>Every centre (shared)</source>
        <translation>Tous les centres (partagé)</translation>
    </message>
    <message>
        <source>Only the members I pick</source>
        <translation>Seulement les membres que je choisis</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Who sees it:</source>
        <translation>&amp;Qui le voit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Marquage&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;embers:</source>
        <translation>M&amp;embres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>The hub&apos;s directory has no other analyst yet.</source>
        <translation>L’annuaire du concentrateur ne compte encore aucun autre analyste.</translation>
    </message>
    <message>
        <source>Message someone</source>
        <translation>Écrire à quelqu’un</translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation>&amp;Analyste&#xa0;:</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>Only this &amp;channel</source>
        <translation>Ce &amp;canal seulement</translation>
    </message>
    <message>
        <source>%1 — %2, %3: %4</source>
        <extracomment>A search result: %1 channel, %2 author, %3 time, %4 the message&apos;s first words</extracomment>
        <translation>%1 — %2, %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Mots&#xa0;:</translation>
    </message>
    <message>
        <source>you are no longer a member: read only</source>
        <extracomment>Channel header: the analyst was taken off the channel&apos;s member list</extracomment>
        <translation>vous n’êtes plus membre&#xa0;: lecture seule</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <extracomment>Menu of a file in a message: copies its SHA-256 fingerprint to the clipboard</extracomment>
        <translation>Copier le SHA-256</translation>
    </message>
    <message>
        <source>Sea&amp;rch…</source>
        <translation>Reche&amp;rcher…</translation>
    </message>
    <message>
        <source>Message to send</source>
        <extracomment>Read by a screen reader: the box where a message is written</extracomment>
        <translation>Message à envoyer</translation>
    </message>
    <message>
        <source>Channels</source>
        <extracomment>Read by a screen reader: the list of channels and conversations</extracomment>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Filter channels</source>
        <extracomment>Read by a screen reader: the field that narrows the list of channels</extracomment>
        <translation>Filtrer les canaux</translation>
    </message>
</context>
<context>
    <name>liaison::CommentListModel</name>
    <message>
        <source>%1, %2 (internal):
%3</source>
        <extracomment>An internal comment of a shared incident: %1 author, %2 date and time, %3 text</extracomment>
        <translation>%1, %2 (interne) :
%3</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <extracomment>A comment in the list: %1 author, %2 date and time, %3 the comment</extracomment>
        <translation>%1, %2&#xa0;:
%3</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <extracomment>The timeline: %1 date, time and time zone, %2 what was released (a sentence)</extracomment>
        <translation>%1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>%1:
%2 changed the status from %3 to %4.</source>
        <extracomment>The timeline: %1 date, time and time zone, %2 analyst, %3 and %4 statuses</extracomment>
        <translation>%1&#xa0;:
%2 a changé le statut de %3 à %4.</translation>
    </message>
</context>
<context>
    <name>liaison::CommentsTab</name>
    <message>
        <source>&amp;Share this comment with the counterpart centre</source>
        <translation>&amp;Partager ce commentaire avec le centre homologue</translation>
    </message>
    <message>
        <source>Shared comment: the counterpart centre will see it.</source>
        <translation>Commentaire partagé : le centre homologue le verra.</translation>
    </message>
    <message>
        <source>Internal comment: only %1 will see it.</source>
        <extracomment>%1 is the analyst&apos;s own centre code</extracomment>
        <translation>Commentaire interne : seul %1 le verra.</translation>
    </message>
    <message>
        <source>Internal comment: the incident is not shared; only %1 will see it.</source>
        <extracomment>%1 is a centre code</extracomment>
        <translation>Commentaire interne : l’incident n’est pas partagé; seul %1 le verra.</translation>
    </message>
    <message>
        <source>Comments and timeline</source>
        <translation>Commentaires et chronologie</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Écrire un commentaire</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>&amp;Visible to the counterpart centre</source>
        <translation>&amp;Visible par le centre homologue</translation>
    </message>
</context>
<context>
    <name>liaison::CompareChangesDialog</name>
    <message>
        <source>Compare their changes with yours</source>
        <translation>Comparer leurs modifications aux vôtres</translation>
    </message>
    <message>
        <source>Someone else saved these fields while you were editing them. For each one, keep theirs (your edit is dropped) or yours (it is saved now and replaces theirs).</source>
        <translation>Quelqu’un d’autre a enregistré ces champs pendant que vous les modifiiez. Pour chacun, gardez leur valeur (votre modification est abandonnée) ou la vôtre (elle est enregistrée tout de suite et remplace la leur).</translation>
    </message>
    <message>
        <source>The %1</source>
        <extracomment>A field in conflict: %1 the field (title, status...)</extracomment>
        <translation>Champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Theirs, by %1:</source>
        <extracomment>Above their value: %1 who wrote it (name and centre)</extracomment>
        <translation>Leur valeur, par %1&#xa0;:</translation>
    </message>
    <message>
        <source>Yours, not saved:</source>
        <translation>La vôtre, non enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Leur valeur</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder la leur</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>liaison::ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation>&amp;Centre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;mail addresses:</source>
        <extracomment>One work e-mail address a line</extracomment>
        <translation>Co&amp;urriels&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <extracomment>One work phone number a line</extracomment>
        <translation>&amp;Téléphones&#xa0;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Anglais</translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Fu&amp;seau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation>&amp;Heures de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Liaison &amp;account:</source>
        <extracomment>The contact&apos;s account in the hub&apos;s directory, if they use Liaison</extracomment>
        <translation>Compte &amp;Liaison&#xa0;:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Not&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>Days 1 (Monday) to 7 (Sunday) and times in the contact&apos;s zone, e.g. “1-5 09:00-17:00” or “1-4 08:00-16:00, 5 08:00-12:00”.</source>
        <translation>Jours de 1 (lundi) à 7 (dimanche) et heures dans le fuseau du contact, p.&#xa0;ex. «&#xa0;1-5 09:00-17:00&#xa0;» ou «&#xa0;1-4 08:00-16:00, 5 08:00-12:00&#xa0;».</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Email addresses, one a line</source>
        <translation>Adresses courriel, une par ligne</translation>
    </message>
    <message>
        <source>Phone numbers, one a line</source>
        <translation>Numéros de téléphone, un par ligne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>S&amp;hare with the partner centre</source>
        <translation>&amp;Partager avec le centre partenaire</translation>
    </message>
    <message>
        <source>Both centres see the contact. Once shared, it cannot be made internal again.</source>
        <translation>Les deux centres voient le contact. Une fois partagé, il ne peut plus redevenir interne.</translation>
    </message>
</context>
<context>
    <name>liaison::ContactsPage</name>
    <message>
        <source>%1, %2 to %3</source>
        <extracomment>Working hours on one day: %1 a weekday, %2 and %3 times</extracomment>
        <translation>%1, de %2 à %3</translation>
    </message>
    <message>
        <source>%1 to %2, %3 to %4</source>
        <extracomment>Working hours on a range of days: %1 and %2 weekdays, %3 and %4 times</extracomment>
        <translation>Du %1 au %2, de %3 à %4</translation>
    </message>
    <message>
        <source>All centres</source>
        <extracomment>Filter of the contact list: no centre chosen</extracomment>
        <translation>Tous les centres</translation>
    </message>
    <message>
        <source>All roles</source>
        <extracomment>Filter of the contact list: no role chosen</extracomment>
        <translation>Tous les rôles</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s)</source>
        <extracomment>How many contacts the list shows, of how many; %1 shown, %n in all</extracomment>
        <translation>
            <numerusform>%1 sur %n contact</numerusform>
            <numerusform>%1 sur %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts yet. Add one with New, or import a vCard file.</source>
        <translation>Aucun contact pour l’instant. Ajoutez-en un avec Nouveau, ou importez un fichier vCard.</translation>
    </message>
    <message>
        <source>Select a contact to see their card.</source>
        <translation>Choisissez un contact pour voir sa fiche.</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Fiche du contact</translation>
    </message>
    <message>
        <source>(direct messages through Liaison)</source>
        <translation>(messages directs par Liaison)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Adresses courriel</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse courriel</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Their time now: %1 %2</source>
        <extracomment>On a contact&apos;s card: %1 a weekday, %2 the time where the contact is</extracomment>
        <translation>Son heure actuelle&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>within working hours</source>
        <translation>pendant ses heures de travail</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>en dehors de ses heures de travail</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>From the hub’s directory of analysts: it cannot be edited here. Add a contact with this Liaison account to add details.</source>
        <translation>Tiré de l’annuaire des analystes du concentrateur&#xa0;: il ne peut pas être modifié ici. Ajoutez un contact avec ce compte Liaison pour y ajouter des détails.</translation>
    </message>
    <message>
        <source>Card of %1</source>
        <extracomment>Accessible name of the card pane; %1 the contact&apos;s name</extracomment>
        <translation>Fiche de %1</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <extracomment>%1 is the contact&apos;s name</extracomment>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory? Everyone it is shared with loses it too.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de l’annuaire&#xa0;? Tous ceux avec qui il est partagé le perdent aussi.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <extracomment>Importing a vCard file failed; %1 why (names the line)</extracomment>
        <translation>Rien n’a été importé. %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the directory could not be saved.</source>
        <translation>Rien n’a été importé&#xa0;: l’annuaire n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated</source>
        <extracomment>After a vCard import: %1 contacts added, %2 contacts updated (already numbers)</extracomment>
        <translation>Importés&#xa0;: %1 nouveaux, %2 mis à jour</translation>
    </message>
    <message>
        <source>The vCard file could not be written: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>Le fichier vCard n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import vCard</source>
        <translation>Importer une vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Fichiers vCard (*.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export vCard</source>
        <translation>Exporter en vCard</translation>
    </message>
    <message>
        <source>contacts.vcf</source>
        <translation>contacts.vcf</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name, organisation, address, phone…</source>
        <translation>Nom, organisation, adresse, téléphone…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation>&amp;Centre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Add a contact to the directory</source>
        <translation>Ajouter un contact à l’annuaire</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modifi&amp;er…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <extracomment>Opens a direct conversation with a contact who uses Liaison</extracomment>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Open a direct conversation with this analyst</source>
        <translation>Ouvrir une conversation directe avec cet analyste</translation>
    </message>
    <message>
        <source>Im&amp;port vCard…</source>
        <translation>Im&amp;porter une vCard…</translation>
    </message>
    <message>
        <source>E&amp;xport vCard…</source>
        <translation>E&amp;xporter en vCard…</translation>
    </message>
    <message>
        <source>Export the selected contacts, or all listed ones</source>
        <translation>Exporter les contacts choisis, ou tous ceux de la liste</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A call or visit on a contact&apos;s card: %1 its title, %2 when</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>On a contact&apos;s card, after the first five calls and visits</extracomment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls and visits to come</source>
        <translation>Appels et visites à venir</translation>
    </message>
    <message>
        <source>Visibility</source>
        <extracomment>On a contact&apos;s card: who sees the contact (&quot;Centre only&quot;, &quot;Shared&quot;)</extracomment>
        <translation>Visibilité</translation>
    </message>
</context>
<context>
    <name>liaison::DemoSession</name>
    <message>
        <source>%1 (demo)</source>
        <extracomment>Window title detail in the demo: %1 is the centre code</extracomment>
        <translation>%1 (démo)</translation>
    </message>
    <message>
        <source>LIAISON_HUB_BINARY names %1, which is not a program Liaison can run.</source>
        <extracomment>%1 is the file that the environment variable LIAISON_HUB_BINARY names</extracomment>
        <translation>LIAISON_HUB_BINARY désigne %1, qui n&apos;est pas un programme que Liaison peut exécuter.</translation>
    </message>
    <message>
        <source>The demo needs the liaison-hub program, which is neither next to Liaison (%1) nor on the PATH. Install it, or set LIAISON_HUB_BINARY to its path.</source>
        <extracomment>%1 is the folder of the Liaison program</extracomment>
        <translation>La démonstration a besoin du programme liaison-hub, qui ne se trouve ni à côté de Liaison (%1) ni dans le PATH. Installez-le ou indiquez son chemin dans LIAISON_HUB_BINARY.</translation>
    </message>
    <message>
        <source>The liaison-hub program (%1) could not be started.</source>
        <extracomment>%1 is the path of the liaison-hub program</extracomment>
        <translation>Le programme liaison-hub (%1) n&apos;a pas pu être lancé.</translation>
    </message>
    <message>
        <source>The demo hub took too long to prepare.</source>
        <translation>La préparation du concentrateur de démonstration a pris trop de temps.</translation>
    </message>
    <message>
        <source>The demo hub stopped before it was ready.</source>
        <translation>Le concentrateur de démonstration s&apos;est arrêté avant d&apos;être prêt.</translation>
    </message>
    <message>
        <source>The demo hub did not start listening in time.</source>
        <translation>Le concentrateur de démonstration n&apos;a pas été prêt à recevoir des connexions dans le délai prévu.</translation>
    </message>
    <message>
        <source>The demo hub stopped: the windows can no longer sync.</source>
        <translation>Le concentrateur de démonstration s&apos;est arrêté&#xa0;: les fenêtres ne peuvent plus se synchroniser.</translation>
    </message>
    <message>
        <source>The demo could not make a private temporary folder.</source>
        <translation>La démonstration n&apos;a pas pu créer de dossier temporaire privé.</translation>
    </message>
    <message>
        <source>The demo hub&apos;s store could not be created.</source>
        <translation>La base de données du concentrateur de démonstration n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <source>The demo centres could not be added to the hub.</source>
        <translation>Les centres de démonstration n&apos;ont pas pu être ajoutés au concentrateur.</translation>
    </message>
    <message>
        <source>The demo hub could not issue enrolment codes.</source>
        <translation>Le concentrateur de démonstration n&apos;a pas pu émettre de codes d&apos;inscription.</translation>
    </message>
    <message>
        <source>%1 could not enrol with the demo hub: %2</source>
        <extracomment>%1 is the analyst&apos;s name, %2 the reason (a sentence)</extracomment>
        <translation>%1 n&apos;a pas pu s&apos;inscrire auprès du concentrateur de démonstration&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo analysts&apos; profiles could not be created.</source>
        <translation>Les profils des analystes de démonstration n&apos;ont pas pu être créés.</translation>
    </message>
</context>
<context>
    <name>liaison::DialogSupport</name>
    <message>
        <source>Saved: %1</source>
        <extracomment>After an export or a save; %1 is the file&apos;s full path</extracomment>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>File Saved</source>
        <extracomment>Title of the message that says where a file was written</extracomment>
        <translation>Fichier enregistré</translation>
    </message>
</context>
<context>
    <name>liaison::EvidenceListModel</name>
    <message>
        <source>%1
Type: %2
SHA-256: %3</source>
        <extracomment>Tooltip of an evidence file: %1 name, %2 media type, %3 SHA-256</extracomment>
        <translation>%1
Type&#xa0;: %2
SHA-256&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not sent: the hub refused it</source>
        <translation>Non envoyé&#xa0;: refusé par le concentrateur</translation>
    </message>
    <message>
        <source>Not available from the hub</source>
        <translation>Non disponible au concentrateur</translation>
    </message>
    <message>
        <source>Uploading (%1%)</source>
        <translation>Envoi (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>Downloading (%1%)</source>
        <extracomment>Evidence state: %1 is a percentage</extracomment>
        <translation>Téléchargement (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>At the hub</source>
        <translation>Au concentrateur</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Column of the evidence table</extracomment>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column of the evidence table</extracomment>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added by</source>
        <extracomment>Column of the evidence table: the analyst who added the file</extracomment>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Column of the evidence table: when the file was added</extracomment>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column of the evidence table: where the file&apos;s bytes are</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <extracomment>Column of the evidence table</extracomment>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>liaison::EvidenceTab</name>
    <message>
        <source>Add an evidence file</source>
        <translation>Ajouter une pièce à l&apos;appui</translation>
    </message>
    <message>
        <source>Save the evidence file</source>
        <translation>Enregistrer la pièce à l&apos;appui</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Pièces à l&apos;appui</translation>
    </message>
    <message>
        <source>A&amp;dd file…</source>
        <translation>A&amp;jouter un fichier…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Enre&amp;gistrer sous…</translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>Retirer &amp;le fichier</translation>
    </message>
    <message>
        <source>Files are kept encrypted in this profile and sent to the hub; the hub accepts files up to %1.</source>
        <extracomment>%1 is a size such as &quot;25 MiB&quot;</extracomment>
        <translation>Les fichiers sont conservés chiffrés dans ce profil et envoyés au concentrateur, qui accepte des fichiers d&apos;au plus %1.</translation>
    </message>
    <message>
        <source>Not added: %1 is larger than the hub accepts (%2).</source>
        <extracomment>%1 file name, %2 a size such as &quot;25 MiB&quot;</extracomment>
        <translation>Non ajouté&#xa0;: %1 dépasse la taille acceptée par le concentrateur (%2).</translation>
    </message>
    <message>
        <source>Not added: %1 could not be read.</source>
        <translation>Non ajouté&#xa0;: %1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <extracomment>%1 is why, e.g. &quot;The name is too long.&quot;</extracomment>
        <translation>Non ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not added: the file could not be stored in this profile.</source>
        <translation>Non ajouté&#xa0;: le fichier n&apos;a pas pu être conservé dans ce profil.</translation>
    </message>
    <message>
        <source>Added %1. It is sent to the hub when Liaison is connected.</source>
        <translation>%1 ajouté. Il sera envoyé au concentrateur dès que Liaison sera connecté.</translation>
    </message>
    <message>
        <source>%1 is not on this computer yet, and Liaison is not connected to a hub.</source>
        <translation>%1 n&apos;est pas encore sur cet ordinateur, et Liaison n&apos;est connecté à aucun concentrateur.</translation>
    </message>
    <message>
        <source>Downloading %1 from the hub; it is saved when it arrives.</source>
        <translation>Téléchargement de %1 depuis le concentrateur&#xa0;; il sera enregistré à son arrivée.</translation>
    </message>
    <message>
        <source>Downloading %1 from the hub; it opens when it arrives.</source>
        <translation>Téléchargement de %1 depuis le concentrateur&#xa0;; il s&apos;ouvrira à son arrivée.</translation>
    </message>
    <message>
        <source>Not saved: the release could not be recorded.</source>
        <translation>Non enregistré&#xa0;: la diffusion n&apos;a pas pu être consignée.</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>Remove the file?</source>
        <translation>Retirer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Remove %1 from this incident? It goes for everyone who sees the incident; the history keeps who added and removed it.</source>
        <translation>Retirer %1 de cet incident&#xa0;? Il disparaît pour tous ceux qui voient l&apos;incident&#xa0;; l&apos;historique garde qui l&apos;a ajouté et retiré.</translation>
    </message>
    <message>
        <source>Not saved: the file could not be read from this profile.</source>
        <translation>Non enregistré&#xa0;: le fichier n&apos;a pas pu être lu dans ce profil.</translation>
    </message>
</context>
<context>
    <name>liaison::FindTimeDialog</name>
    <message>
        <source>Find a time</source>
        <extracomment>Dialog title</extracomment>
        <translation>Trouver un moment</translation>
    </message>
    <message>
        <source>&amp;Days to search:</source>
        <translation>&amp;Jours à parcourir&#xa0;:</translation>
    </message>
    <message>
        <source>Times on the %1 clock. Green: everyone is free. Dotted: a day off (holiday). Hatched: already booked. Light grey: outside working hours.</source>
        <extracomment>Legend of the find-a-time grid; %1 the organiser&apos;s city</extracomment>
        <translation>Heures de %1. Vert&#xa0;: tout le monde est libre. Pointillé&#xa0;: jour de congé (jour férié). Hachuré&#xa0;: déjà réservé. Gris clair&#xa0;: hors des heures de travail.</translation>
    </message>
    <message>
        <source>&amp;Use this time</source>
        <translation>&amp;Utiliser ce moment</translation>
    </message>
    <message>
        <source>Best times:</source>
        <extracomment>Above the list of proposed slots</extracomment>
        <translation>Meilleurs moments&#xa0;:</translation>
    </message>
    <message>
        <source>everyone free</source>
        <extracomment>A proposed slot where every attendee is free</extracomment>
        <translation>tout le monde est libre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Someone missing from a slot: %1 their name, %2 why (e.g. &quot;busy&quot;)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <extracomment>A proposed slot: %1 day and start, %2 end time, %3 who is free or missing</extracomment>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>No time in these days suits the attendees: search more days.</source>
        <extracomment>Find a time found nothing</extracomment>
        <translation>Aucun moment de ces jours ne convient aux participants&#xa0;: cherchez sur plus de jours.</translation>
    </message>
</context>
<context>
    <name>liaison::HistoryTab</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every change of this incident, newest first: when, who, from which device, and what changed</source>
        <translation>Chaque modification de cet incident, la plus récente d’abord&#xa0;: quand, qui, de quel appareil et quoi</translation>
    </message>
</context>
<context>
    <name>liaison::HubEnrolForm</name>
    <message>
        <source>The hub address starts with wss://, as in wss://hub.example.org:8443.</source>
        <translation>L&apos;adresse du concentrateur commence par wss://, comme dans wss://hub.example.org:8443.</translation>
    </message>
    <message>
        <source>Unencrypted ws:// is only allowed to this computer; use wss://.</source>
        <translation>Le ws:// non chiffré n&apos;est permis que vers cet ordinateur; utilisez wss://.</translation>
    </message>
    <message>
        <source>Enter the one-time enrolment code.</source>
        <translation>Entrez le code d&apos;inscription à usage unique.</translation>
    </message>
    <message>
        <source>The certificate fingerprint has 32 pairs of hexadecimal digits.</source>
        <translation>L&apos;empreinte du certificat compte 32 paires de chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Compare with the fingerprint your hub administrator gave you; Liaison refuses a hub whose certificate differs:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</source>
        <extracomment>Shown under the fingerprint field; %1 is the fingerprint on four lines</extracomment>
        <translation>Comparez avec l&apos;empreinte que l&apos;administrateur du concentrateur vous a remise; Liaison refuse un concentrateur dont le certificat diffère&#xa0;:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du concentrateur</translation>
    </message>
    <message>
        <source>One-time enrolment code</source>
        <translation>Code d&apos;inscription à usage unique</translation>
    </message>
    <message>
        <source>Hub certificate fingerprint (SHA-256)</source>
        <translation>Empreinte du certificat du concentrateur (SHA-256)</translation>
    </message>
    <message>
        <source>AB:CD:… as the administrator gave it</source>
        <translation>AB:CD:… telle que l&apos;administrateur l&apos;a remise</translation>
    </message>
    <message>
        <source>Hub add&amp;ress:</source>
        <translation>Ad&amp;resse du concentrateur&#xa0;:</translation>
    </message>
    <message>
        <source>One-time c&amp;ode:</source>
        <translation>Code à &amp;usage unique&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate fin&amp;gerprint:</source>
        <extracomment>SHA-256 fingerprint of the hub&apos;s TLS certificate</extracomment>
        <translation>&amp;Empreinte du certificat&#xa0;:</translation>
    </message>
</context>
<context>
    <name>liaison::IncidentCardDelegate</name>
    <message>
        <source>Assigned to %1.</source>
        <extracomment>Appended to a card&apos;s description; %1 is a list of analysts</extracomment>
        <translation>Assigné à %1.</translation>
    </message>
    <message>
        <source>Changed since you last looked.</source>
        <translation>Modifié depuis votre dernière consultation.</translation>
    </message>
    <message>
        <source>age %1 · upd. %2</source>
        <extracomment>On a card: %1 how long ago the incident was opened, %2 how long ago it last changed (both short, &quot;2 d&quot;, &quot;3 h&quot;)</extracomment>
        <translation>âge %1 · màj %2</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <extracomment>A duration on a card: less than a minute</extracomment>
        <translation>&lt; 1&#xa0;min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <extracomment>A duration on a card, in minutes</extracomment>
        <translation>
            <numerusform>%Ln&#xa0;min</numerusform>
            <numerusform>%Ln&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <extracomment>A duration on a card, in hours</extracomment>
        <translation>
            <numerusform>%Ln&#xa0;h</numerusform>
            <numerusform>%Ln&#xa0;h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <extracomment>A duration on a card, in days</extracomment>
        <translation>
            <numerusform>%Ln&#xa0;j</numerusform>
            <numerusform>%Ln&#xa0;j</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — severity %3, %4, %5, owner %6, sector %7, updated %8.</source>
        <extracomment>Card read aloud / tooltip: %1 reference, %2 title, %3 severity, %4 TLP label, %5 scope (shared or centre only), %6 owner centre, %7 sector, %8 last update</extracomment>
        <translation>%1&#xa0;: %2 — gravité %3, %4, %5, propriétaire %6, secteur %7, mis à jour %8.</translation>
    </message>
    <message>
        <source>Opened %1 ago.</source>
        <extracomment>Appended to a card&apos;s description: %1 how long ago it was opened (&quot;2 d&quot;)</extracomment>
        <translation>Ouvert il y a %1.</translation>
    </message>
</context>
<context>
    <name>liaison::IncidentDialog</name>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicateurs</translation>
    </message>
    <message>
        <source>&amp;Comments and timeline</source>
        <translation>&amp;Commentaires et chronologie</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Incident — %1</source>
        <extracomment>Window title: %1 is the incident title</extracomment>
        <translation>Incident — %1</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications?</translation>
    </message>
    <message>
        <source>You have changed this incident without saving. Close it anyway?</source>
        <translation>Vous avez modifié cet incident sans l&apos;enregistrer. Le fermer quand même?</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Lower the marking?</source>
        <translation>Abaisser le marquage?</translation>
    </message>
    <message>
        <source>This incident is marked TLP:AMBER+STRICT. Lowering it to %1 lets it be shared outside your centre. Why? (kept in the signed timeline)</source>
        <extracomment>%1 is the new TLP label</extracomment>
        <translation>Cet incident est marqué TLP:AMBER+STRICT. L’abaisser à %1 permet de le partager hors de votre centre. Pourquoi? (conservé dans la chronologie signée)</translation>
    </message>
    <message>
        <source>Not saved: lowering TLP:AMBER+STRICT needs a reason.</source>
        <translation>Non enregistré : abaisser TLP:AMBER+STRICT exige une raison.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>%1 is why, e.g. &quot;The title is too long.&quot;</extracomment>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>The counterpart centre already holds this incident: it received it marked %1. From now on it is marked %2; tell them, as the marking does not take back what they have.</source>
        <extracomment>%1 the TLP label it had when it was shared, %2 the new one</extracomment>
        <translation>Le centre homologue détient déjà cet incident : il l’a reçu marqué %1. Il est désormais marqué %2; prévenez-le, car le marquage ne reprend pas ce qu’il a déjà reçu.</translation>
    </message>
    <message>
        <source>Your unsaved edits from before Liaison locked are back. They are not saved yet: save them, or close the window to discard them.</source>
        <translation>Vos modifications non enregistrées d’avant le verrouillage de Liaison sont rétablies. Elles ne sont pas encore enregistrées : enregistrez-les, ou fermez la fenêtre pour les abandonner.</translation>
    </message>
    <message>
        <source>Share this comment?</source>
        <translation>Partager ce commentaire?</translation>
    </message>
    <message>
        <source>The counterpart centre will see this comment, under %1. It cannot be taken back, and your name is recorded as the one who released it.</source>
        <extracomment>%1 is the TLP label, e.g. TLP:AMBER</extracomment>
        <translation>Le centre homologue verra ce commentaire, sous %1. Ce partage est irréversible, et votre nom est consigné comme celui de la personne qui l’a communiqué.</translation>
    </message>
    <message>
        <source>T&amp;asks and assignees</source>
        <translation>Tâches et respo&amp;nsables</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <extracomment>Tab of the incident window: files kept on the incident</extracomment>
        <translation>Pr&amp;euves</translation>
    </message>
    <message>
        <source>Incident cha&amp;nnel</source>
        <extracomment>Opens the incident&apos;s chat channel</extracomment>
        <translation>Canal de l’inci&amp;dent</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: %1 is the incident reference (CCIRC-2026-7KQ4MX), %2 its title</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>liaison::IncidentExport</name>
    <message>
        <source>revoked by its producer</source>
        <translation>révoqué par son producteur</translation>
    </message>
    <message>
        <source>pattern language &quot;%1&quot; is not supported (only STIX patterns are)</source>
        <extracomment>%1 is a pattern language such as &quot;sigma&quot; or &quot;snort&quot;</extracomment>
        <translation>le langage de motif «&#xa0;%1&#xa0;» n&apos;est pas pris en charge (seuls les motifs STIX le sont)</translation>
    </message>
    <message>
        <source>combined pattern (AND, FOLLOWEDBY or a time window) cannot be one indicator: %1</source>
        <extracomment>%1 is the STIX pattern</extracomment>
        <translation>un motif combiné (AND, FOLLOWEDBY ou une fenêtre de temps) ne peut pas devenir un seul indicateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has no matching indicator type</source>
        <extracomment>%1 is a STIX object path such as &quot;process:name&quot;</extracomment>
        <translation>%1 ne correspond à aucun type d&apos;indicateur</translation>
    </message>
    <message>
        <source>invalid value: %1</source>
        <extracomment>%1 is the refused value</extracomment>
        <translation>valeur non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>already in this incident: %1</source>
        <extracomment>%1 is the value</extracomment>
        <translation>déjà dans cet incident&#xa0;: %1</translation>
    </message>
    <message>
        <source>marked %1, stricter than this incident</source>
        <extracomment>%1 is a TLP label such as TLP:RED</extracomment>
        <translation>marqué %1, plus restrictif que cet incident</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <extracomment>%1 is what could not be read (a pattern or an object type)</extracomment>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export restricted incidents?</source>
        <translation>Exporter des incidents à diffusion restreinte?</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export incidents as CSV</source>
        <translation>Exporter les incidents en CSV</translation>
    </message>
    <message>
        <source>Export incidents as STIX 2.1</source>
        <translation>Exporter les incidents en STIX 2.1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File type filter in the save dialog</extracomment>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>STIX 2.1 bundles (*.json)</source>
        <translation>Lots STIX 2.1 (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) added.</source>
        <translation>
            <numerusform>%n indicateur ajouté.</numerusform>
            <numerusform>%n indicateurs ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n écarté&#xa0;:</numerusform>
            <numerusform>%n écartés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <extracomment>One line of the import report: %1 is a STIX object id, %2 the reason</extracomment>
        <translation>• %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a STIX object type such as &quot;relationship&quot;, %2 how many there were</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n other object(s) are not indicators and were left out (%1).</source>
        <extracomment>%1 lists STIX object types with their counts</extracomment>
        <translation>
            <numerusform>%n autre objet n&apos;est pas un indicateur et a été laissé de côté (%1).</numerusform>
            <numerusform>%n autres objets ne sont pas des indicateurs et ont été laissés de côté (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>This incident no longer exists.</source>
        <translation>Cet incident n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>Le fichier n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; nothing was imported.</source>
        <extracomment>%1 is a size in megabytes</extracomment>
        <translation>Le fichier dépasse %1 Mo; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file is not valid JSON; nothing was imported.</source>
        <translation>Le fichier n&apos;est pas du JSON valide; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file is not a STIX 2.1 bundle; nothing was imported.</source>
        <translation>Le fichier n&apos;est pas un lot STIX 2.1; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The bundle holds more than %1 objects; nothing was imported.</source>
        <extracomment>%1 is a number of objects</extracomment>
        <translation>Le lot contient plus de %1 objets; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>marked %1 by %2 that contains it, stricter than this incident</source>
        <extracomment>%1 is a TLP label such as TLP:RED, %2 the STIX id of the report or grouping that holds the object and whose marking applies to it</extracomment>
        <translation>marqué %1 par %2 qui le contient, plus restrictif que cet incident</translation>
    </message>
    <message>
        <source>unknown marking %1: its handling rules cannot be checked</source>
        <extracomment>%1 is the STIX id of a marking definition that is neither a TLP level nor a statement; the object might be stricter than the incident, so it is left out</extracomment>
        <translation>marquage inconnu %1&#xa0;: ses règles de diffusion ne peuvent pas être vérifiées</translation>
    </message>
    <message>
        <source>pattern uses NOT, list indexes ([*], [0]) or parentheses, which are not supported: %1</source>
        <extracomment>%1 is the STIX pattern; NOT, [*] and [0] are STIX pattern syntax, keep them as is</extracomment>
        <translation>le motif utilise NOT, des index de liste ([*], [0]) ou des parenthèses, qui ne sont pas pris en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>expired: valid until %1</source>
        <extracomment>%1 is the indicator&apos;s valid_until date and time, as written in the file</extracomment>
        <translation>expiré&#xa0;: valide jusqu&apos;au %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) took the stricter marking of the report or grouping that contains them.</source>
        <extracomment>%n objects of the file took the marking of a report or grouping that contains them, because it was stricter than their own</extracomment>
        <translation>
            <numerusform>%n objet a pris le marquage plus restrictif du rapport ou du regroupement qui le contient.</numerusform>
            <numerusform>%n objets ont pris le marquage plus restrictif du rapport ou du regroupement qui les contient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the exported incidents are marked above TLP:GREEN or hold indicators that are (the strictest: %1). The file leaves Liaison&apos;s protection; your name is recorded in each of them as the one who exported it. Export?</source>
        <extracomment>%n incidents marked AMBER, AMBER+STRICT or RED, or holding indicators so marked, among those exported; %1 the strictest TLP label of all</extracomment>
        <translation>
            <numerusform>%n des incidents exportés est marqué au-dessus de TLP:GREEN ou contient des indicateurs qui le sont (le plus strict&#xa0;: %1). Le fichier quitte la protection de Liaison; votre nom est consigné dans cet incident comme celui de la personne qui l’a exporté. Exporter&#xa0;?</numerusform>
            <numerusform>%n des incidents exportés sont marqués au-dessus de TLP:GREEN ou contiennent des indicateurs qui le sont (le plus strict&#xa0;: %1). Le fichier quitte la protection de Liaison; votre nom est consigné dans chacun d’eux comme celui de la personne qui les a exportés. Exporter&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::IncidentForm</name>
    <message>
        <source>Owner: %1</source>
        <extracomment>%1 is a response centre code</extracomment>
        <translation>Propriétaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shared with the counterpart centre</source>
        <translation>Partagé avec le centre homologue</translation>
    </message>
    <message>
        <source>Visible inside %1 only</source>
        <translation>Visible seulement au sein de %1</translation>
    </message>
    <message>
        <source>Send this incident to the counterpart centre</source>
        <translation>Envoyer cet incident au centre homologue</translation>
    </message>
    <message>
        <source>Only the centre that owns this incident can share it.</source>
        <translation>Seul le centre propriétaire de cet incident peut le partager.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>TLP:</source>
        <extracomment>Traffic Light Protocol marking</extracomment>
        <translation>TLP&#xa0;:</translation>
    </message>
    <message>
        <source>Sect&amp;or:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>No critical-infrastructure sector chosen</extracomment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Sector in a list: %1 country code (US, CA), %2 sector name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Corresponds to: %1</source>
        <extracomment>Tooltip of a sector: the other country&apos;s corresponding sectors</extracomment>
        <translation>Correspond à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Share with the counterpart centre…</source>
        <translation>Partager avec le centre homologue…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>As STIX 2.1 bundle…</source>
        <translation>En lot STIX 2.1…</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>En CSV…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
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
        <translation>TLP</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Visible inside %1 and to %2</source>
        <extracomment>%1 is a response centre code, %2 a list of names</extracomment>
        <translation>Visible à l’intérieur de %1 et par %2</translation>
    </message>
    <message>
        <source>TLP:RED goes to named people only: choose who receives it</source>
        <translation>TLP:RED ne va qu’à des personnes nommées&#xa0;: choisissez qui le reçoit</translation>
    </message>
    <message>
        <source>Reference both centres can quote for this incident</source>
        <extracomment>Tooltip of the incident reference</extracomment>
        <translation>Référence que les deux centres peuvent citer pour cet incident</translation>
    </message>
    <message>
        <source>PAP:RED: only actions the adversary cannot detect, such as searching your own logs; not to be used on the network.</source>
        <translation>PAP:RED&#xa0;: uniquement des actions que l’adversaire ne peut pas détecter, comme des recherches dans vos propres journaux; à ne pas utiliser sur le réseau.</translation>
    </message>
    <message>
        <source>PAP:AMBER: passive cross-checks, such as lookups with third-party services or a monitoring honeypot.</source>
        <translation>PAP:AMBER&#xa0;: vérifications croisées passives, comme des recherches auprès de services tiers ou un pot de miel de surveillance.</translation>
    </message>
    <message>
        <source>PAP:GREEN: active actions allowed, such as blocking traffic from or to the target.</source>
        <translation>PAP:GREEN&#xa0;: actions actives permises, comme bloquer le trafic en provenance ou à destination de la cible.</translation>
    </message>
    <message>
        <source>PAP:CLEAR: no restriction on the actions taken with this information.</source>
        <translation>PAP:CLEAR&#xa0;: aucune restriction sur les actions menées avec cette information.</translation>
    </message>
</context>
<context>
    <name>liaison::IncidentHistoryModel</name>
    <message>
        <source>When</source>
        <extracomment>Column of the history</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <extracomment>Column of the history</extracomment>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Column of the history</extracomment>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>What changed</source>
        <extracomment>Column of the history</extracomment>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Someone at %1</source>
        <extracomment>Who made a change the hub&apos;s directory has no name for: %1 their centre</extracomment>
        <translation>Quelqu’un du %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Who made a change: %1 the analyst&apos;s name, %2 their centre</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This device</source>
        <extracomment>History: the change was made on the computer the analyst is using</extracomment>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Their device</source>
        <extracomment>History: the author&apos;s one device in the hub&apos;s directory</extracomment>
        <translation>Son appareil</translation>
    </message>
    <message>
        <source>Their device %1 of %2</source>
        <translation>Son appareil %1 sur %2</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <extracomment>History: a device this computer&apos;s copy of the hub&apos;s directory does not know</extracomment>
        <translation>Appareil inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>A yes/no field&apos;s value in the history</extracomment>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>History: a field that had no value, or was emptied</extracomment>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A text value quoted in the history</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 created the incident “%2” (%3, %4).</source>
        <extracomment>History: %1 analyst, %2 the incident&apos;s title, %3 its severity, %4 its TLP marking</extracomment>
        <translation>%1 a créé l’incident «&#xa0;%2&#xa0;» (%3, %4).</translation>
    </message>
    <message>
        <source>%1 deleted the incident.</source>
        <extracomment>History: %1 analyst</extracomment>
        <translation>%1 a supprimé l’incident.</translation>
    </message>
    <message>
        <source>%1 restored the incident.</source>
        <extracomment>History: %1 analyst</extracomment>
        <translation>%1 a rétabli l’incident.</translation>
    </message>
    <message>
        <source>%1 changed the %2 from %3 to %4.</source>
        <extracomment>History: %1 analyst, %2 a field (severity, TLP marking...), %3 its old value, %4 the new one</extracomment>
        <translation>%1 a changé le champ «&#xa0;%2&#xa0;» de %3 à %4.</translation>
    </message>
    <message>
        <source>%1 changed the %2 of the indicator %3 from %4 to %5.</source>
        <extracomment>History: %1 analyst, %2 a field, %3 the indicator&apos;s value, %4 old value, %5 new</extracomment>
        <translation>%1 a changé le champ «&#xa0;%2&#xa0;» de l’indicateur %3 de %4 à %5.</translation>
    </message>
    <message>
        <source>%1 changed the %2 of the task “%3” from %4 to %5.</source>
        <extracomment>History: %1 analyst, %2 a field, %3 the task&apos;s title, %4 old value, %5 new</extracomment>
        <translation>%1 a changé le champ «&#xa0;%2&#xa0;» de la tâche «&#xa0;%3&#xa0;» de %4 à %5.</translation>
    </message>
    <message>
        <source>%1 changed the %2 of the evidence file “%3” from %4 to %5.</source>
        <extracomment>History: %1 analyst, %2 a field, %3 the file&apos;s name, %4 old value, %5 new</extracomment>
        <translation>%1 a changé le champ «&#xa0;%2&#xa0;» du fichier de preuve «&#xa0;%3&#xa0;» de %4 à %5.</translation>
    </message>
    <message>
        <source>%1 changed the %2 of a comment from %3 to %4.</source>
        <extracomment>History: %1 analyst, %2 a field, %3 old value, %4 new</extracomment>
        <translation>%1 a changé le champ «&#xa0;%2&#xa0;» d’un commentaire de %3 à %4.</translation>
    </message>
    <message>
        <source>%1 changed the %2 of a record (%3) from %4 to %5.</source>
        <extracomment>History: %1 analyst, %2 a field, %3 a kind of record, %4 old value, %5 new</extracomment>
        <translation>%1 a changé le champ «&#xa0;%2&#xa0;» d’un enregistrement (%3) de %4 à %5.</translation>
    </message>
    <message>
        <source>%1 added the indicator %2 (%3).</source>
        <extracomment>History: %1 analyst, %2 the indicator&apos;s value, %3 its type</extracomment>
        <translation>%1 a ajouté l’indicateur %2 (%3).</translation>
    </message>
    <message>
        <source>%1 deleted the indicator %2 (%3).</source>
        <extracomment>History: %1 analyst, %2 the indicator&apos;s value, %3 its type</extracomment>
        <translation>%1 a supprimé l’indicateur %2 (%3).</translation>
    </message>
    <message>
        <source>%1 restored the indicator %2 (%3).</source>
        <extracomment>History: %1 analyst, %2 the indicator&apos;s value, %3 its type</extracomment>
        <translation>%1 a rétabli l’indicateur %2 (%3).</translation>
    </message>
    <message>
        <source>%1 added the task “%2” for %3, due %4.</source>
        <extracomment>History: %1 analyst, %2 task title, %3 who is to do it, %4 due date</extracomment>
        <translation>%1 a ajouté la tâche «&#xa0;%2&#xa0;» pour %3, à faire d’ici le %4.</translation>
    </message>
    <message>
        <source>%1 added the task “%2” for %3.</source>
        <extracomment>History: %1 analyst, %2 task title, %3 who is to do it</extracomment>
        <translation>%1 a ajouté la tâche «&#xa0;%2&#xa0;» pour %3.</translation>
    </message>
    <message>
        <source>%1 added the task “%2”, due %3.</source>
        <extracomment>History: %1 analyst, %2 task title, %3 due date</extracomment>
        <translation>%1 a ajouté la tâche «&#xa0;%2&#xa0;», à faire d’ici le %3.</translation>
    </message>
    <message>
        <source>%1 added the task “%2”.</source>
        <extracomment>History: %1 analyst, %2 task title</extracomment>
        <translation>%1 a ajouté la tâche «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 deleted the task “%2”.</source>
        <extracomment>History: %1 analyst, %2 task title</extracomment>
        <translation>%1 a supprimé la tâche «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 restored the task “%2”.</source>
        <extracomment>History: %1 analyst, %2 task title</extracomment>
        <translation>%1 a rétabli la tâche «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 marked the task “%2” done.</source>
        <extracomment>History: %1 analyst, %2 task title</extracomment>
        <translation>%1 a marqué la tâche «&#xa0;%2&#xa0;» comme faite.</translation>
    </message>
    <message>
        <source>%1 reopened the task “%2”.</source>
        <extracomment>History: %1 analyst, %2 task title</extracomment>
        <translation>%1 a rouvert la tâche «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 assigned %2 to this incident.</source>
        <extracomment>History: %1 analyst, %2 the analyst assigned</extracomment>
        <translation>%1 a affecté %2 à cet incident.</translation>
    </message>
    <message>
        <source>%1 took %2 off this incident.</source>
        <extracomment>History: %1 analyst, %2 the analyst taken off</extracomment>
        <translation>%1 a retiré %2 de cet incident.</translation>
    </message>
    <message>
        <source>%1 tagged this incident “%2”.</source>
        <extracomment>History: %1 analyst, %2 a tag</extracomment>
        <translation>%1 a étiqueté cet incident «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 removed the tag “%2”.</source>
        <extracomment>History: %1 analyst, %2 a tag</extracomment>
        <translation>%1 a retiré l’étiquette «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 added the evidence file “%2” (%3).</source>
        <extracomment>History: %1 analyst, %2 file name, %3 its size</extracomment>
        <translation>%1 a ajouté le fichier de preuve «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>%1 removed the evidence file “%2”.</source>
        <extracomment>History: %1 analyst, %2 file name</extracomment>
        <translation>%1 a retiré le fichier de preuve «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 shared this incident with %2 (%3) by name.</source>
        <extracomment>History: %1 analyst, %2 a person of another centre named on the incident, %3 their centre</extracomment>
        <translation>%1 a partagé cet incident nommément avec %2 (%3).</translation>
    </message>
    <message>
        <source>%1 stopped sharing this incident with %2 (%3).</source>
        <extracomment>History: %1 analyst, %2 a person taken off the incident&apos;s list, %3 their centre</extracomment>
        <translation>%1 a cessé de partager cet incident avec %2 (%3).</translation>
    </message>
    <message>
        <source>%1 wrote a comment the counterpart centre sees: “%2”</source>
        <extracomment>History: %1 analyst, %2 the comment</extracomment>
        <translation>%1 a écrit un commentaire visible par le centre homologue&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 wrote a comment: “%2”</source>
        <extracomment>History: %1 analyst, %2 the comment</extracomment>
        <translation>%1 a écrit un commentaire&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 deleted a comment: “%2”</source>
        <extracomment>History: %1 analyst, %2 the comment</extracomment>
        <translation>%1 a supprimé un commentaire&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 let a comment out to the counterpart centre: “%2”</source>
        <extracomment>History: %1 analyst, %2 the comment, let out of the centre after it was written</extracomment>
        <translation>%1 a communiqué un commentaire au centre homologue&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 added a record (%2).</source>
        <extracomment>History: %1 analyst, %2 a kind of record this version has no words for</extracomment>
        <translation>%1 a ajouté un enregistrement (%2).</translation>
    </message>
    <message>
        <source>%1 removed a record (%2).</source>
        <extracomment>History: %1 analyst, %2 a kind of record this version has no words for</extracomment>
        <translation>%1 a retiré un enregistrement (%2).</translation>
    </message>
</context>
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
        <source>Reference</source>
        <extracomment>Short incident reference both centres quote, e.g. CCIRC-2026-7KQ4MX</extracomment>
        <translation>Référence</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A card or table row read aloud: %1 the reference, %2 the title</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2, severity %3, status %4, owner %5</source>
        <extracomment>A card or row read aloud after its title: %1 TLP label, %2 scope (shared or centre only), %3 severity, %4 status, %5 owner centre</extracomment>
        <translation>%1, %2, gravité %3, état %4, centre responsable %5</translation>
    </message>
</context>
<context>
    <name>liaison::IndicatorListModel</name>
    <message>
        <source>Type</source>
        <extracomment>Column of the indicators table</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Column of the indicators table</extracomment>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Column of the indicators table</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>from a chat message</source>
        <extracomment>Where an indicator came from</extracomment>
        <translation>d’un message de clavardage</translation>
    </message>
    <message>
        <source>imported from STIX</source>
        <extracomment>Where an indicator came from (a STIX 2.1 file)</extracomment>
        <translation>importé de STIX</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>typed by %1</source>
        <extracomment>Where an indicator came from: %1 is the analyst&apos;s name</extracomment>
        <translation>saisi par %1</translation>
    </message>
    <message>
        <source>Stays in your centre: never sent to the counterpart centre.</source>
        <translation>Reste dans votre centre&#xa0;: jamais envoyé au centre homologue.</translation>
    </message>
    <message>
        <source>Marked %1; the incident&apos;s stricter marking %2 applies.</source>
        <extracomment>%1 the indicator&apos;s own TLP label, %2 the incident&apos;s stricter one</extracomment>
        <translation>Marqué %1&#xa0;; le marquage plus strict de l’incident, %2, s’applique.</translation>
    </message>
    <message>
        <source>%1 (your centre only)</source>
        <extracomment>An indicator&apos;s marking, with a note that it never leaves the centre; %1 is a TLP label such as TLP:AMBER+STRICT</extracomment>
        <translation>%1 (votre centre seulement)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <extracomment>&quot;Seen elsewhere&quot; column: %1 the first other incident&apos;s title, %n how many others</extracomment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>La modification n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>TLP</source>
        <extracomment>Column of the indicators table: the indicator&apos;s marking</extracomment>
        <translation>TLP</translation>
    </message>
    <message>
        <source>IOC</source>
        <extracomment>Column of the indicators table: an indicator of compromise (check box)</extracomment>
        <translation>IOC</translation>
    </message>
    <message>
        <source>Sighted</source>
        <extracomment>Column of the indicators table: seen in the analyst&apos;s own networks (check box)</extracomment>
        <translation>Observé</translation>
    </message>
    <message>
        <source>First seen</source>
        <extracomment>Column of the indicators table</extracomment>
        <translation>Première observation</translation>
    </message>
    <message>
        <source>Last seen</source>
        <extracomment>Column of the indicators table</extracomment>
        <translation>Dernière observation</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column of the indicators table: who or what added the indicator</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Seen elsewhere</source>
        <extracomment>Column of the indicators table: other incidents holding the same value</extracomment>
        <translation>Vu ailleurs</translation>
    </message>
</context>
<context>
    <name>liaison::IndicatorsTab</name>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Indicator type</source>
        <translation>Type d&apos;indicateur</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Valeur de l&apos;indicateur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Paste several indicators here, one per line; the type of each line is recognised.</source>
        <translation>Collez plusieurs indicateurs ici, un par ligne; le type de chaque ligne est reconnu.</translation>
    </message>
    <message>
        <source>Indicators to add, one per line</source>
        <translation>Indicateurs à ajouter, un par ligne</translation>
    </message>
    <message>
        <source>Add the pasted lines</source>
        <translation>Ajouter les lignes collées</translation>
    </message>
    <message>
        <source>Import indicators from a STIX 2.1 bundle</source>
        <translation>Importer des indicateurs depuis un lot STIX 2.1</translation>
    </message>
    <message>
        <source>STIX 2.1 bundles (*.json);;All files (*)</source>
        <extracomment>File type filter in the open dialog</extracomment>
        <translation>Lots STIX 2.1 (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Import from STIX 2.1</source>
        <translation>Importation depuis STIX 2.1</translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <extracomment>%1 is a reason such as &quot;not an IPv4 address&quot;</extracomment>
        <translation>Non ajouté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>Bulk paste report: %1 line number, %2 reason</extracomment>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) added.</source>
        <translation>
            <numerusform>%n indicateur ajouté.</numerusform>
            <numerusform>%n indicateurs ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) added. Not added, kept in the box to correct: %1</source>
        <extracomment>%1 number added, %2 the list of refused lines; they stay in the box to correct</extracomment>
        <translation>
            <numerusform>%n indicateur ajouté. Non ajoutés, conservés dans la zone pour correction&#xa0;: %1</numerusform>
            <numerusform>%n indicateurs ajoutés. Non ajoutés, conservés dans la zone pour correction&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>I&amp;mport from STIX 2.1…</source>
        <translation>Im&amp;porter depuis STIX 2.1…</translation>
    </message>
    <message>
        <source>Indicator value (defanged is fine)</source>
        <translation>Valeur de l’indicateur (une valeur neutralisée convient)</translation>
    </message>
    <message>
        <source>Marking of the new indicator</source>
        <translation>Marquage du nouvel indicateur</translation>
    </message>
    <message>
        <source>As strict as the incident&apos;s marking or stricter. TLP:AMBER+STRICT keeps the indicator in your centre.</source>
        <translation>Aussi strict que le marquage de l’incident ou plus strict. TLP:AMBER+STRICT garde l’indicateur dans votre centre.</translation>
    </message>
    <message>
        <source>IOC</source>
        <extracomment>Check box: the new indicator is an indicator of compromise</extracomment>
        <translation>IOC</translation>
    </message>
    <message>
        <source>Indicator of compromise</source>
        <translation>Indicateur de compromission</translation>
    </message>
    <message>
        <source>Sighted</source>
        <extracomment>Check box: the new indicator was seen in the analyst&apos;s own networks</extracomment>
        <translation>Observé</translation>
    </message>
    <message>
        <source>Copy (defanged)</source>
        <extracomment>Copies the selected indicators in a form no mail or chat program turns into a link</extracomment>
        <translation>Copier (neutralisé)</translation>
    </message>
    <message>
        <source>Copy as typed (live)</source>
        <extracomment>The explicit other choice: the values as they are, clickable</extracomment>
        <translation>Copier tel que saisi (actif)</translation>
    </message>
    <message>
        <source>Copy the selected indicators</source>
        <translation>Copier les indicateurs sélectionnés</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marquage</translation>
    </message>
    <message>
        <source>Marking of the selected indicators</source>
        <translation>Marquage des indicateurs sélectionnés</translation>
    </message>
    <message>
        <source>First and last seen…</source>
        <translation>Première et dernière observation…</translation>
    </message>
    <message>
        <source>When the selected indicators were first and last seen</source>
        <translation>Quand les indicateurs sélectionnés ont été observés pour la première et la dernière fois</translation>
    </message>
    <message>
        <source>Type not recognised</source>
        <translation>Type non reconnu</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <extracomment>Shown beside the value field as the analyst types: %1 is a type such as &quot;Domain&quot;</extracomment>
        <translation>Détecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select the indicators to copy first.</source>
        <translation>Sélectionnez d’abord les indicateurs à copier.</translation>
    </message>
    <message>
        <source>Copy restricted indicators?</source>
        <translation>Copier des indicateurs à diffusion restreinte&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n indicator(s) copied, the strictest is marked %1. What is on the clipboard leaves Liaison&apos;s protection; your name is recorded in the incident as the one who copied it. Copy?</source>
        <extracomment>%n indicators selected; %1 the strictest TLP label among them</extracomment>
        <translation>
            <numerusform>Vous copiez %n indicateur, marqué %1. Ce qui est dans le presse-papiers quitte la protection de Liaison; votre nom est consigné dans l’incident comme celui de la personne qui l’a copié. Copier&#xa0;?</numerusform>
            <numerusform>Vous copiez %n indicateurs; le plus strict est marqué %1. Ce qui est dans le presse-papiers quitte la protection de Liaison; votre nom est consigné dans l’incident comme celui de la personne qui les a copiés. Copier&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) copied, defanged.</source>
        <translation>
            <numerusform>%n indicateur copié, neutralisé.</numerusform>
            <numerusform>%n indicateurs copiés, neutralisés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) copied as typed (live).</source>
        <translation>
            <numerusform>%n indicateur copié tel que saisi (actif).</numerusform>
            <numerusform>%n indicateurs copiés tels que saisis (actifs).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the indicators to mark first.</source>
        <translation>Sélectionnez d’abord les indicateurs à marquer.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %1. %n of them had already been shared with the counterpart centre: it keeps what it received, and is asked to handle it as %1 from now on.</source>
        <extracomment>%1 a TLP label; %n indicators raised after they had reached the other centre</extracomment>
        <translation>
            <numerusform>Marqué %1. %n d’entre eux avait déjà été partagé avec le centre homologue&#xa0;: celui-ci garde ce qu’il a reçu et doit désormais le traiter comme %1.</numerusform>
            <numerusform>Marqué %1. %n d’entre eux avaient déjà été partagés avec le centre homologue&#xa0;: celui-ci garde ce qu’il a reçu et doit désormais les traiter comme %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked %1.</source>
        <extracomment>%1 a TLP label</extracomment>
        <translation>Marqué %1.</translation>
    </message>
    <message>
        <source>Select the indicators first.</source>
        <translation>Sélectionnez d’abord les indicateurs.</translation>
    </message>
    <message>
        <source>First and last seen</source>
        <translation>Première et dernière observation</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première observation</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière observation</translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message>
        <source>Liaison</source>
        <extracomment>Window title with a detail: %1 is e.g. &quot;CCIRC (demo)&quot;</extracomment>
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
    <message>
        <source>&amp;Incident</source>
        <extracomment>Menu of actions on incidents</extracomment>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>Liaison — %1</source>
        <translation>Liaison — %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <extracomment>Closes the profile (database and keys) until the passphrase is entered again</extracomment>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n change(s) received</source>
        <translation>
            <numerusform>Synchronisation&#xa0;: %n modification reçue</numerusform>
            <numerusform>Synchronisation&#xa0;: %n modifications reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n of your change(s): %1</source>
        <extracomment>Status bar: %n changes refused; %1 why, e.g. &quot;the TLP marking forbids sharing it...&quot;</extracomment>
        <translation>
            <numerusform>Le concentrateur a refusé %n de vos modifications : %1</numerusform>
            <numerusform>Le concentrateur a refusé %n de vos modifications : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused changes stay in your profile but reach no one else. Ask your hub administrator if this is unexpected.</source>
        <translation>Les modifications refusées restent dans votre profil mais ne parviennent à personne d’autre. Consultez l’administrateur du concentrateur si c’est inattendu.</translation>
    </message>
    <message>
        <source>The incident&apos;s own centre has not opened its channel yet.</source>
        <translation>Le centre propriétaire de l’incident n’a pas encore ouvert son canal.</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <extracomment>Window title with unread chat messages: %1 their number, %2 the title</extracomment>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>Compact navigation</source>
        <translation>Navigation compacte</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting</source>
        <translation>
            <numerusform>Hors ligne&#xa0;: %n modification en attente</numerusform>
            <numerusform>Hors ligne&#xa0;: %n modifications en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::MessageDelegate</name>
    <message>
        <source>Today</source>
        <extracomment>Chat day separator</extracomment>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <extracomment>Chat day separator</extracomment>
        <translation>Hier</translation>
    </message>
    <message>
        <source>New messages</source>
        <extracomment>Chat: the line above the first message that was unread</extracomment>
        <translation>Nouveaux messages</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Chat message header: %1 the author&apos;s centre, %2 the local time it was sent</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <extracomment>Chat: what stays of a deleted message</extracomment>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <source>Not delivered (%1). Right-click to retry or delete.</source>
        <extracomment>Chat: a message the hub refused; right-click offers Retry and Delete</extracomment>
        <translation>Non remis (%1). Clic droit pour réessayer ou supprimer.</translation>
    </message>
    <message>
        <source>Sending… (kept on this computer until the hub has it)</source>
        <extracomment>Chat: written here, not yet taken by the hub</extracomment>
        <translation>Envoi… (gardé sur cet ordinateur jusqu’à ce que le concentrateur l’ait)</translation>
    </message>
    <message>
        <source>(edited)</source>
        <extracomment>Chat: the message was changed after it was sent</extracomment>
        <translation>(modifié)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Tooltip of a message: %1 author, %2 centre</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 for the sender (%2)</source>
        <extracomment>Tooltip of a message: %1 the time where its author was, %2 their time zone</extracomment>
        <translation>%1 pour l’expéditeur (%2)</translation>
    </message>
</context>
<context>
    <name>liaison::MonthView</name>
    <message>
        <source>%1 · Today</source>
        <extracomment>The day of the month in the month view; %1 the day, &quot;Today&quot; is added for today</extracomment>
        <translation>%1 · Aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>In a day of the month view: how many events did not fit</extracomment>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::NavigationRail</name>
    <message>
        <source>99+</source>
        <extracomment>A badge&apos;s count when it is over 99</extracomment>
        <translation>99+</translation>
    </message>
    <message>
        <source>@%1</source>
        <extracomment>A badge: %1 how many unread messages mention the analyst</extracomment>
        <translation>@%1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <extracomment>Read by a screen reader after a page&apos;s name in the navigation</extracomment>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n mention(s) of you</source>
        <extracomment>Read by a screen reader after a page&apos;s name: %1 is &quot;N unread&quot;, then the mentions</extracomment>
        <translation>
            <numerusform>%1, %n vous mentionne</numerusform>
            <numerusform>%1, %n vous mentionnent</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>The pages of Liaison. Ctrl+1 to Ctrl+4 reach them from anywhere.</source>
        <translation>Les pages de Liaison. Ctrl+1 à Ctrl+4 y mènent de partout.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Tooltip of a page in the navigation: %1 the page, %2 its unread items</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Expand the navigation</source>
        <translation>Déplier la navigation</translation>
    </message>
    <message>
        <source>Collapse the navigation</source>
        <translation>Replier la navigation</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n modification en attente de synchronisation</numerusform>
            <numerusform>%n modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
</context>
<context>
    <name>liaison::NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>No critical-infrastructure sector chosen</extracomment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Sector in a list: %1 country code (US, CA), %2 sector name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;LP:</source>
        <extracomment>Traffic Light Protocol marking</extracomment>
        <translation>T&amp;LP&#xa0;:</translation>
    </message>
    <message>
        <source>Sect&amp;or:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
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
    <message numerus="yes">
        <source>At least %n characters; a few unrelated words work well</source>
        <translation>
            <numerusform>Au moins %n caractère; quelques mots sans lien entre eux conviennent bien</numerusform>
            <numerusform>Au moins %n caractères; quelques mots sans lien entre eux conviennent bien</numerusform>
        </translation>
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
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
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
    <message>
        <source>Hub (optional: you can enrol later in Settings)</source>
        <extracomment>Group of the first-run dialog: enrolment with a hub, which can wait</extracomment>
        <translation>Concentrateur (facultatif&#xa0;: vous pourrez vous inscrire plus tard dans les Paramètres)</translation>
    </message>
    <message>
        <source>To sync with your centre and the partner centre, enter what your hub administrator gave you.</source>
        <translation>Pour synchroniser avec votre centre et le centre partenaire, entrez ce que l&apos;administrateur du concentrateur vous a remis.</translation>
    </message>
    <message>
        <source>Hub (already prepared for you)</source>
        <extracomment>Group of the first-run dialog when the enrolment needs nothing from the analyst</extracomment>
        <translation>Concentrateur (déjà préparé pour vous)</translation>
    </message>
    <message>
        <source>Your hub is already prepared for you: once the profile is created, this device enrols with %1 with the one-time code your administrator left for it. There is nothing to type.</source>
        <extracomment>%1 is the hub&apos;s address</extracomment>
        <translation>Votre concentrateur est déjà préparé pour vous&#xa0;: une fois le profil créé, cet appareil s’inscrit auprès de %1 avec le code à usage unique que votre administrateur lui a laissé. Vous n’avez rien à saisir.</translation>
    </message>
</context>
<context>
    <name>liaison::SchedulePage</name>
    <message>
        <source>%1 %2</source>
        <extracomment>The month shown: %1 the month&apos;s name, %2 the year
----------
A centre in the filter: %1 its tag (CA, US), %2 its id</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The week shown: %1 its first day, %2 its last</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>All centres</source>
        <extracomment>Filter of the Schedule page: no centre filter</extracomment>
        <translation>Tous les centres</translation>
    </message>
    <message>
        <source>Everyone</source>
        <extracomment>Filter of the Schedule page: no person filter</extracomment>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person in the filter: %1 their name, %2 their centre</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Schedule page: go to today</extracomment>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Précédent (Page précédente)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Suivant (Page suivante)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Month</source>
        <extracomment>Schedule page view</extracomment>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Schedule page view</extracomment>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Agenda</source>
        <extracomment>Schedule page view: a list of the coming events</extracomment>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Centre:</source>
        <translation>Centre&#xa0;:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Personne&#xa0;:</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Nouvelle visite…</translation>
    </message>
    <message>
        <source>New call…</source>
        <translation>Nouvel appel…</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <extracomment>The zone the Schedule page shows times in; %1 e.g. &quot;Ottawa (EST, UTC−05:00)&quot;</extracomment>
        <translation>Heures de %1</translation>
    </message>
</context>
<context>
    <name>liaison::ScheduleReminders</name>
    <message>
        <source>Call reminder</source>
        <extracomment>Tray notification title</extracomment>
        <translation>Rappel d’appel</translation>
    </message>
    <message>
        <source>Visit reminder</source>
        <translation>Rappel de visite</translation>
    </message>
    <message>
        <source>%1 starts at %2.</source>
        <extracomment>Tray notification: %1 the call&apos;s or visit&apos;s title, %2 when it starts (viewer&apos;s time)</extracomment>
        <translation>%1 commence à %2.</translation>
    </message>
</context>
<context>
    <name>liaison::Sectors</name>
    <message>
        <source>Chemical</source>
        <translation>Produits chimiques</translation>
    </message>
    <message>
        <source>Commercial Facilities</source>
        <translation>Installations commerciales</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Critical Manufacturing</source>
        <translation>Fabrication essentielle</translation>
    </message>
    <message>
        <source>Dams</source>
        <translation>Barrages</translation>
    </message>
    <message>
        <source>Defense Industrial Base</source>
        <translation>Base industrielle de défense</translation>
    </message>
    <message>
        <source>Emergency Services</source>
        <translation>Services d&apos;urgence</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Financial Services</source>
        <translation>Services financiers</translation>
    </message>
    <message>
        <source>Food and Agriculture</source>
        <translation>Alimentation et agriculture</translation>
    </message>
    <message>
        <source>Government Facilities</source>
        <translation>Installations gouvernementales</translation>
    </message>
    <message>
        <source>Healthcare and Public Health</source>
        <translation>Soins de santé et santé publique</translation>
    </message>
    <message>
        <source>Information Technology</source>
        <translation>Technologies de l&apos;information</translation>
    </message>
    <message>
        <source>Nuclear Reactors, Materials, and Waste</source>
        <translation>Réacteurs, matières et déchets nucléaires</translation>
    </message>
    <message>
        <source>Transportation Systems</source>
        <translation>Systèmes de transport</translation>
    </message>
    <message>
        <source>Water and Wastewater Systems</source>
        <translation>Systèmes d&apos;eau et d&apos;eaux usées</translation>
    </message>
    <message>
        <source>Energy and Utilities</source>
        <translation>Énergie et services publics</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Information and Communication Technology</source>
        <translation>Technologies de l&apos;information et des communications</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Fabrication</translation>
    </message>
</context>
<context>
    <name>liaison::Session</name>
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
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>The profile could not be opened again: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>Le profil n&apos;a pas pu être rouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Liaison — locked</source>
        <extracomment>Tray icon tooltip; %1 is the sync status line</extracomment>
        <translation>Liaison — verrouillé</translation>
    </message>
    <message>
        <source>Liaison — %1</source>
        <translation>Liaison — %1</translation>
    </message>
    <message>
        <source>&amp;Show Liaison</source>
        <translation>&amp;Afficher Liaison</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>liaison::SettingsDialog</name>
    <message>
        <source>Enrolling…</source>
        <translation>Inscription en cours…</translation>
    </message>
    <message>
        <source>Enrolled. This device now syncs with the hub.</source>
        <translation>Inscrit. Cet appareil se synchronise maintenant avec le concentrateur.</translation>
    </message>
    <message>
        <source>Not enrolled: %1</source>
        <extracomment>%1 is the reason, already translated</extracomment>
        <translation>Non inscrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>none (hub on this computer, without TLS)</source>
        <extracomment>Shown instead of a fingerprint for a hub on this computer without TLS</extracomment>
        <translation>aucune (concentrateur sur cet ordinateur, sans TLS)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Verrouiller &amp;après&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Suffix of the auto-lock delay, in minutes (keep the leading space)</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Auto-lock delay of 0
----------
Away delay of 0: never shown as away while Liaison is open
----------
Reminders before calls and visits turned off</extracomment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Minutes without activity before Liaison locks</source>
        <translation>Minutes sans activité avant que Liaison se verrouille</translation>
    </message>
    <message>
        <source>Without keyboard or mouse activity for this long, Liaison closes the profile and forgets its keys; your passphrase opens it again where you were.</source>
        <translation>Après ce délai sans activité au clavier ou à la souris, Liaison ferme le profil et oublie ses clés; votre phrase de passe le rouvre là où vous étiez.</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Concentrateur</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>This profile is not enrolled with a hub yet: until it is, it has no analyst identity and syncs nothing. Enter what your hub administrator gave you.</source>
        <translation>Ce profil n&apos;est pas encore inscrit auprès d&apos;un concentrateur&#xa0;: d&apos;ici là, il n&apos;a pas d&apos;identité d&apos;analyste et ne synchronise rien. Entrez ce que l&apos;administrateur du concentrateur vous a remis.</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <extracomment>Chat: tray notifications of mentions and direct messages show what was written</extracomment>
        <translation>Afficher le &amp;texte des messages dans les notifications</translation>
    </message>
    <message>
        <source>Do not &amp;disturb</source>
        <extracomment>Chat: no tray notifications at all</extracomment>
        <translation>Ne pas &amp;déranger</translation>
    </message>
    <message>
        <source>Show me as a&amp;way after:</source>
        <extracomment>Chat presence: after this many minutes without keyboard or mouse, others see you away</extracomment>
        <translation>M’afficher comme a&amp;bsent après&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes without activity before the others see you as away</source>
        <translation>Minutes sans activité avant que les autres vous voient comme absent</translation>
    </message>
    <message>
        <source>Re&amp;mind me before calls and visits:</source>
        <translation>Ra&amp;ppel avant les appels et les visites&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hub: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Certificate (SHA-256, pinned): %2&lt;br&gt;Analyst: %3&lt;br&gt;Centre: %4&lt;br&gt;This device: &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</source>
        <extracomment>Hub details in Settings; %1 hub address, %2 certificate fingerprint, %3 analyst, %4 centre, %5 device id</extracomment>
        <translation>&lt;p&gt;Concentrateur&#xa0;: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Certificat (SHA-256, épinglé)&#xa0;: %2&lt;br&gt;Analyste&#xa0;: %3&lt;br&gt;Centre&#xa0;: %4&lt;br&gt;Cet appareil&#xa0;: &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <extracomment>Opens the dialog that re-encrypts the profile under a new passphrase</extracomment>
        <translation>&amp;Changer la phrase de passe…</translation>
    </message>
    <message>
        <source>Passphrase changed: use the new one from now on.</source>
        <translation>Phrase de passe changée&#xa0;: utilisez désormais la nouvelle.</translation>
    </message>
</context>
<context>
    <name>liaison::ShareIncidentDialog</name>
    <message>
        <source>Share with the counterpart centre</source>
        <translation>Partager avec le centre homologue</translation>
    </message>
    <message>
        <source>an unknown TLP marking</source>
        <translation>un marquage TLP inconnu</translation>
    </message>
    <message>
        <source>&lt;p&gt;“%1” is marked &lt;b&gt;%2&lt;/b&gt;. Sharing it sends it, with its indicators and tasks, to the counterpart centre. It cannot be taken back, and your name is recorded as the one who released it.&lt;/p&gt;</source>
        <extracomment>%1 is the incident title, %2 its TLP label, e.g. TLP:AMBER</extracomment>
        <translation>&lt;p&gt;« %1 » est marqué &lt;b&gt;%2&lt;/b&gt;. Le partager l’envoie au centre homologue, avec ses indicateurs et ses tâches. Ce partage est irréversible, et votre nom est consigné comme celui de la personne qui l’a communiqué.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Internal comments to share</source>
        <translation>Commentaires internes à partager</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A comment in the share dialog: %1 author, %2 date, %3 the comment&apos;s text</extracomment>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>The incident has no internal comments.</source>
        <translation>L’incident n’a aucun commentaire interne.</translation>
    </message>
    <message>
        <source>Its comments are internal to your centre and stay behind. Tick those the counterpart centre should see:</source>
        <translation>Ses commentaires sont internes à votre centre et ne seront pas envoyés. Cochez ceux que le centre homologue doit voir :</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Partager</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) stay in your centre: their marking does not let them leave it.</source>
        <extracomment>%n indicators of the incident marked TLP:AMBER+STRICT (or TLP:RED in an incident that is not) that do not go with it</extracomment>
        <translation>
            <numerusform>%n indicateur reste dans votre centre&#xa0;: son marquage ne lui permet pas d’en sortir.</numerusform>
            <numerusform>%n indicateurs restent dans votre centre&#xa0;: leur marquage ne leur permet pas d’en sortir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::ShareWithPeopleDialog</name>
    <message>
        <source>Share with named people</source>
        <translation>Partager avec des personnes nommées</translation>
    </message>
    <message>
        <source>an unknown TLP marking</source>
        <translation>un marquage TLP inconnu</translation>
    </message>
    <message>
        <source>&lt;p&gt;“%1” is marked &lt;b&gt;%2&lt;/b&gt;: it never goes to a whole centre. The people you tick receive it, with its indicators, tasks and the comments you share, and nobody else of their centre. Your name is recorded as the one who released it.&lt;/p&gt;</source>
        <extracomment>%1 is the incident title, %2 its TLP label, e.g. TLP:RED</extracomment>
        <translation>&lt;p&gt;« %1 » est marqué &lt;b&gt;%2&lt;/b&gt;&#xa0;: il ne va jamais à un centre entier. Les personnes que vous cochez le reçoivent, avec ses indicateurs, ses tâches et les commentaires que vous partagez, et personne d’autre de leur centre. Votre nom est consigné comme celui de la personne qui l’a diffusé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>People to share with</source>
        <translation>Personnes avec qui partager</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person in the share dialog: %1 their name, %2 their centre&apos;s code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No analyst of another centre is known yet. They appear here once this device has synced with the hub.</source>
        <translation>Aucun analyste d’un autre centre n’est encore connu. Ils apparaîtront ici une fois cet appareil synchronisé avec le concentrateur.</translation>
    </message>
    <message>
        <source>Tick the people who should receive it; untick someone to stop sending them what is written from now on:</source>
        <translation>Cochez les personnes qui doivent le recevoir; décochez-en une pour cesser de lui envoyer ce qui sera écrit dorénavant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Partager</translation>
    </message>
</context>
<context>
    <name>liaison::ShortcutsDialog</name>
    <message>
        <source>, </source>
        <extracomment>Separates two shortcuts of one action</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column of the keyboard shortcuts list</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Every shortcut of Liaison, grouped by menu and window.</source>
        <translation>Tous les raccourcis de Liaison, groupés par menu et par fenêtre.</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <extracomment>Group of the keyboard shortcuts list</extracomment>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Go to the control with that underlined letter</source>
        <extracomment>In the keyboard shortcuts list: Alt with a control&apos;s underlined letter</extracomment>
        <translation>Aller à la commande dont cette lettre est soulignée</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+lettre</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Commande suivante ou précédente</translation>
    </message>
    <message>
        <source>Open the selected incident, card or event</source>
        <translation>Ouvrir l’incident, la carte ou l’événement choisi</translation>
    </message>
    <message>
        <source>Chat message box</source>
        <extracomment>Group of the keyboard shortcuts list: the message box of the Chat page</extracomment>
        <translation>Zone de message du clavardage</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>Edit your last message</source>
        <translation>Modifier votre dernier message</translation>
    </message>
    <message>
        <source>Cancel the reply or edit</source>
        <translation>Annuler la réponse ou la modification</translation>
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
    <message>
        <source>The hub is busy; try again later</source>
        <translation>Le concentrateur est occupé; réessayez plus tard</translation>
    </message>
    <message>
        <source>The hub is busy; trying again</source>
        <translation>Le concentrateur est occupé; nouvelle tentative</translation>
    </message>
    <message>
        <source>The hub did not recognise this device: it may have been revoked, or enrolled with another hub</source>
        <translation>Le concentrateur n’a pas reconnu cet appareil : il a peut-être été révoqué, ou inscrit auprès d’un autre concentrateur</translation>
    </message>
    <message>
        <source>This device has been revoked by the hub administrator</source>
        <translation>Cet appareil a été révoqué par l’administrateur du concentrateur</translation>
    </message>
    <message>
        <source>The hub runs a version of Liaison this one cannot talk to</source>
        <translation>Le concentrateur utilise une version de Liaison avec laquelle celle-ci ne peut pas communiquer</translation>
    </message>
    <message>
        <source>This device is connected to the hub too many times at once</source>
        <translation>Cet appareil est connecté trop de fois à la fois au concentrateur</translation>
    </message>
    <message>
        <source>The hub asked this device to slow down</source>
        <translation>Le concentrateur a demandé à cet appareil de ralentir</translation>
    </message>
    <message>
        <source>The connection to the hub was too slow</source>
        <translation>La connexion au concentrateur a été trop lente</translation>
    </message>
    <message>
        <source>The hub could not store what this device sent; it will be sent again</source>
        <translation>Le concentrateur n’a pas pu enregistrer ce que cet appareil a envoyé; ce sera renvoyé</translation>
    </message>
    <message>
        <source>The hub refused the connection</source>
        <extracomment>A hub error this version does not know by name (details are in the log)</extracomment>
        <translation>Le concentrateur a refusé la connexion</translation>
    </message>
    <message>
        <source>the TLP marking forbids sharing it with another centre</source>
        <extracomment>Ends &quot;The hub refused N of your changes: ...&quot;</extracomment>
        <translation>le marquage TLP interdit de le partager avec un autre centre</translation>
    </message>
    <message>
        <source>only the owner centre may share it</source>
        <translation>seul le centre propriétaire peut le partager</translation>
    </message>
    <message>
        <source>it belongs to another centre&apos;s internal records</source>
        <translation>il fait partie des dossiers internes d’un autre centre</translation>
    </message>
    <message>
        <source>a record&apos;s owner centre cannot change</source>
        <translation>le centre propriétaire d’un dossier ne peut pas changer</translation>
    </message>
    <message>
        <source>the record it belongs to is unknown to the hub</source>
        <translation>le dossier auquel il appartient est inconnu du concentrateur</translation>
    </message>
    <message>
        <source>this device has been revoked</source>
        <translation>cet appareil a été révoqué</translation>
    </message>
    <message>
        <source>it did not pass the hub&apos;s checks</source>
        <translation>il n’a pas passé les vérifications du concentrateur</translation>
    </message>
    <message>
        <source>you are not on its member list (any more)</source>
        <translation>vous n’êtes pas (ou plus) sur sa liste de membres</translation>
    </message>
    <message>
        <source>only a team lead of your centre may approve a visit</source>
        <extracomment>Ends &quot;The hub refused N of your changes: ...&quot;: a visit approval by a non-lead</extracomment>
        <translation>seul un chef d’équipe de votre centre peut approuver une visite</translation>
    </message>
</context>
<context>
    <name>liaison::TaskListModel</name>
    <message>
        <source>Task</source>
        <extracomment>Column of the tasks table</extracomment>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Assignee</source>
        <extracomment>Column of the tasks table</extracomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>Column of the tasks table: the due date</extracomment>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>liaison::TasksTab</name>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter la tâche</translation>
    </message>
    <message>
        <source>Assigned analysts:</source>
        <translation>Analystes assignés&#xa0;:</translation>
    </message>
    <message>
        <source>Analysts assigned to this incident</source>
        <translation>Analystes assignés à cet incident</translation>
    </message>
    <message>
        <source>Analyst to assign</source>
        <translation>Analyste à assigner</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assigner</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Not added: the due date must be between 2000 and 2100.</source>
        <translation>Non ajoutée&#xa0;: l&apos;échéance doit être entre 2000 et 2100.</translation>
    </message>
    <message>
        <source>Not added: a task needs a title.</source>
        <translation>Non ajoutée&#xa0;: une tâche doit avoir un titre.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <extracomment>%1 is why, e.g. &quot;The title is too long.&quot;</extracomment>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An analyst in the assignee completion: %1 the name, %2 the response centre</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not assigned: “%1” is not in the directory. Pick an analyst from the list that opens as you type.</source>
        <extracomment>%1 is what the analyst typed</extracomment>
        <translation>Non assigné&#xa0;: «&#xa0;%1&#xa0;» n’est pas dans l’annuaire. Choisissez un analyste dans la liste qui s’ouvre pendant la saisie.</translation>
    </message>
    <message>
        <source>Not assigned: several analysts are called “%1”. Pick one, with their centre, from the list.</source>
        <extracomment>%1 is a name that several analysts of the directory share</extracomment>
        <translation>Non assigné&#xa0;: plusieurs analystes s’appellent «&#xa0;%1&#xa0;». Choisissez le bon, avec son centre, dans la liste.</translation>
    </message>
    <message>
        <source>%1 is already assigned.</source>
        <extracomment>%1 is the analyst&apos;s name</extracomment>
        <translation>%1 figure déjà parmi les personnes assignées.</translation>
    </message>
</context>
<context>
    <name>liaison::Translator</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>liaison::TypingLine</name>
    <message>
        <source>%1 is typing…</source>
        <extracomment>Under the messages: %1 the name of an analyst typing in this channel</extracomment>
        <translation>%1 est en train d’écrire…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <extracomment>Under the messages: %1 and %2 the names of two analysts typing in this channel</extracomment>
        <translation>%1 et %2 sont en train d’écrire…</translation>
    </message>
    <message numerus="yes">
        <source>%n people are typing…</source>
        <extracomment>Under the messages: %n analysts (three or more) typing in this channel</extracomment>
        <translation>
            <numerusform>%n personne est en train d’écrire…</numerusform>
            <numerusform>%n personnes sont en train d’écrire…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::UnlockDialog</name>
    <message>
        <source>Unlock Liaison</source>
        <translation>Déverrouiller Liaison</translation>
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
    <message>
        <source>%1, %2</source>
        <extracomment>Unlock dialog: %1 is the analyst&apos;s name, %2 the response centre</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Enter the passphrase of your Liaison profile.</source>
        <translation>Entrez la phrase de passe de votre profil Liaison.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the profile of %1.</source>
        <extracomment>Unlock dialog: %1 is who the profile belongs to, e.g. &quot;Marie Tremblay, CCIRC&quot;</extracomment>
        <translation>Entrez la phrase de passe du profil de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Liaison locked itself after %n minute(s) without activity: the profile is closed and its keys are forgotten. %1</source>
        <extracomment>%n minutes of inactivity; %1 asks for the passphrase</extracomment>
        <translation>
            <numerusform>Liaison s’est verrouillé après %n minute sans activité&#xa0;: le profil est fermé et ses clés sont oubliées. %1</numerusform>
            <numerusform>Liaison s’est verrouillé après %n minutes sans activité&#xa0;: le profil est fermé et ses clés sont oubliées. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Liaison is locked: the profile is closed and its keys are forgotten. %1</source>
        <extracomment>%1 asks for the passphrase</extracomment>
        <translation>Liaison est verrouillé&#xa0;: le profil est fermé et ses clés sont oubliées. %1</translation>
    </message>
    <message>
        <source>Profile folder: %1</source>
        <extracomment>Tooltip of the unlock dialog&apos;s text; %1 is the profile folder</extracomment>
        <translation>Dossier du profil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>liaison::VisitDialog</name>
    <message>
        <source>New item</source>
        <extracomment>A new agenda item&apos;s title, to be edited</extracomment>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <extracomment>Asking why a visit is cancelled</extracomment>
        <translation>Annuler la visite</translation>
    </message>
    <message>
        <source>Why is the visit cancelled?</source>
        <translation>Pourquoi la visite est-elle annulée&#xa0;?</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Agenda column: the time of the item on the host&apos;s clock; %1 the host&apos;s city</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>Début (%1)</translation>
    </message>
    <message>
        <source>End (%1)</source>
        <translation>Fin (%1)</translation>
    </message>
    <message>
        <source>In %1</source>
        <extracomment>Agenda column: the item&apos;s time in the viewer&apos;s zone; %1 the viewer&apos;s city</extracomment>
        <translation>À %1</translation>
    </message>
    <message>
        <source>Does not exist on the host’s clock</source>
        <extracomment>An agenda time that clocks skip (spring forward)</extracomment>
        <translation>N’existe pas à l’heure de l’hôte</translation>
    </message>
    <message>
        <source>%1 – %2 (host %3, here %4)</source>
        <extracomment>An agenda item in the viewer&apos;s zone: %1 start, %2 end, %3 host offset, %4 the viewer&apos;s offset</extracomment>
        <translation>%1 – %2 (hôte %3, ici %4)</translation>
    </message>
    <message>
        <source>%1: approved by %2 on %3</source>
        <extracomment>Who approved a visit for a centre: %1 the centre, %2 the team lead, %3 when</extracomment>
        <translation>%1&#xa0;: approuvée par %2 le %3</translation>
    </message>
    <message>
        <source>%1: waiting for a team lead’s approval</source>
        <extracomment>A centre whose team lead has not approved the visit yet; %1 the centre</extracomment>
        <translation>%1&#xa0;: en attente de l’approbation d’un chef d’équipe</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <extracomment>The visit&apos;s state in its editor; %1 e.g. &quot;Proposed&quot;</extracomment>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <extracomment>%1 the status, %2 why it was cancelled</extracomment>
        <translation>État&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>A warning of the visit editor, in a list; %1 the sentence</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host centre:</source>
        <translation>Centre &amp;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>V&amp;isitors:</source>
        <extracomment>The analysts who travel to the host centre</extracomment>
        <translation>V&amp;isiteurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour&#xa0;:</translation>
    </message>
    <message>
        <source>Travel days &amp;before:</source>
        <translation>Jours de voyage a&amp;vant&#xa0;:</translation>
    </message>
    <message>
        <source>Travel days &amp;after:</source>
        <translation>Jours de voyage ap&amp;rès&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>Pro&amp;gramme&#xa0;:</translation>
    </message>
    <message>
        <source>Linked i&amp;ncidents:</source>
        <translation>Incide&amp;nts liés&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;dd item</source>
        <translation>Ajo&amp;uter un point</translation>
    </message>
    <message>
        <source>R&amp;emove item</source>
        <translation>Suppri&amp;mer le point</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>P&amp;ropose</source>
        <extracomment>Visit workflow: send the draft to the other centre for approval</extracomment>
        <translation>Propo&amp;ser</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <extracomment>Visit workflow: a team lead approves for their centre</extracomment>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Withdraw approval</source>
        <translation>Retirer l’appro&amp;bation</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <extracomment>Visit workflow: the visit took place</extracomment>
        <translation>Marquer comme &amp;faite</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>Annuler la visite…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Agenda as PDF…</source>
        <extracomment>Saves the visit&apos;s agenda (days, visitors, approvals, items) as a PDF file</extracomment>
        <translation>Programme en PDF…</translation>
    </message>
    <message>
        <source>Save the agenda as PDF</source>
        <translation>Enregistrer le programme en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <extracomment>File type filter in the save dialog</extracomment>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>liaison::WeekView</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A column of the week view: %1 the weekday, %2 the date</extracomment>
        <translation>%1 %2</translation>
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
    <message>
        <source>Start a throwaway local hub with two centres and open one window per centre&apos;s analyst, with demo incidents.</source>
        <translation>Démarrer un concentrateur local jetable avec deux centres et ouvrir une fenêtre par analyste de chaque centre, avec des incidents de démonstration.</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>La démonstration n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
</TS>
