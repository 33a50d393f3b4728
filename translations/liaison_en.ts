<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="en_CA">
<context>
    <name>CallDialog</name>
    <message>
        <source>Accepted</source>
        <extracomment>An attendee&apos;s answer to a call</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <extracomment>An attendee&apos;s answer to a call</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative</source>
        <extracomment>An attendee&apos;s answer to a call</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet</source>
        <extracomment>An attendee who has not answered yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelListModel</name>
    <message>
        <source>Centre-to-centre bridge</source>
        <extracomment>The standing channel of all centres, in the chat rail and its header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <extracomment>Chat rail: group of the channels of incidents</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct messages</source>
        <extracomment>Chat rail: group of direct conversations</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <extracomment>Chat rail: group of named channels</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Chat rail: %1 channel name, %2 the centre that made it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  @%2</source>
        <extracomment>Chat rail: %1 channel name, %2 number of unread mentions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <extracomment>Chat rail: %1 channel name, %2 number of unread messages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by %1</source>
        <extracomment>Tooltip: %1 the centre that made the channel</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of you</source>
        <translation>
            <numerusform>%n mention of you</numerusform>
            <numerusform>%n mentions of you</numerusform>
        </translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactExchange</name>
    <message>
        <source>Line %1, the card of “%2”: %3</source>
        <extracomment>Importing contacts: %1 a line number, %2 the contact&apos;s name, %3 why, e.g. &quot;The email address is not valid.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;No such file or directory&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the languages a contact speaks: &quot;English, French&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison team lead</source>
        <extracomment>A contact&apos;s Liaison account: a team lead of the hub&apos;s directory</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses Liaison: you can message them directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, Liaison analyst</source>
        <extracomment>Read out for a contact that is a Liaison analyst; %1 their name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the contact list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>Column of the contact list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <extracomment>Column of the contact list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column of the contact list: what the person does</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <extracomment>Column of the contact list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>Column of the contact list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison</source>
        <extracomment>Column of the contact list: whether the contact has a Liaison account</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>New</source>
        <extracomment>Incident status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <extracomment>Incident status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <extracomment>Incident status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigating</source>
        <extracomment>Incident status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <extracomment>Incident status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Incident status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <extracomment>Incident severity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>Incident severity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <extracomment>Incident severity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <extracomment>Incident severity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre only</source>
        <extracomment>Scope: the record stays inside its owner centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <extracomment>Scope: both centres see the record</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <extracomment>A kind of record, as named in the history and in messages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLP marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAP marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another field</source>
        <extracomment>A field this version of Liaison does not know by name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident is marked TLP:AMBER+STRICT: it stays inside your centre and cannot be shared. The owner centre may lower the marking to TLP:AMBER, with a reason, and share it then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident is marked TLP:RED: it is for named people only and is never shared with a whole centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the centre that wrote this comment can share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the incident first: its comments can only follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the centre that owns this incident can share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <extracomment>%1 is a field name, e.g. &quot;title&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is too long.</source>
        <extracomment>%1 is a field name, e.g. &quot;summary&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists: someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is out of range.</source>
        <extracomment>%1 is a field name, e.g. &quot;due date&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not valid.</source>
        <extracomment>%1 is a field name, e.g. &quot;sector&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>Why an indicator was refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a network range (CIDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a hash of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CVE identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of no known type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 shared %n comment(s) with the counterpart centre (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label; %n comments let out later</extracomment>
        <translation>
            <numerusform>%1 shared %n comment with the counterpart centre (%2).</numerusform>
            <numerusform>%1 shared %n comments with the counterpart centre (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed the marking from %2 to %3.</source>
        <extracomment>%1 analyst, %2 and %3 TLP labels</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the marking from %2 to %3. Reason: %4</source>
        <extracomment>%1 analyst, %2 and %3 TLP labels, %4 the reason they gave</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 shared this incident with the counterpart centre (%2), with %n of its comments.</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label; %n comments picked to go with it</extracomment>
        <translation>
            <numerusform>%1 shared this incident with the counterpart centre (%2), with %n of its comments.</numerusform>
            <numerusform>%1 shared this incident with the counterpart centre (%2), with %n of its comments.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared this incident with the counterpart centre (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exported this incident as STIX 2.1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exported this incident as CSV (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied this incident out of Liaison (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 shared this incident with %n named person(s) (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label; %n people of the other centres named</extracomment>
        <translation>
            <numerusform>%1 shared this incident with %n named person (%2).</numerusform>
            <numerusform>%1 shared this incident with %n named people (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped sharing this incident with %n named person(s).</source>
        <extracomment>Timeline: %1 analyst; %n people taken off the incident&apos;s list</extracomment>
        <translation>
            <numerusform>%1 stopped sharing this incident with %n named person.</numerusform>
            <numerusform>%1 stopped sharing this incident with %n named people.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 saved an evidence file of this incident to disk (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened an evidence file of this incident in another program (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dial-in details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members only</source>
        <extracomment>Scope: only the analysts named on the record&apos;s member list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel marked TLP:AMBER+STRICT or TLP:RED cannot be shared with a whole centre: make it members-only or keep it inside your centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel is marked TLP:AMBER+STRICT: it cannot have members from another centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This analyst is not in the hub&apos;s directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct conversation needs another analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the channel&apos;s members, or its own centre for a channel that is not members-only, can change who is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident&apos;s channel follows its incident: change who the incident is shared with, or its marking, instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct conversation is between two analysts: make a channel to talk with more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel is archived: nothing can be written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge between the centres cannot be archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the centre that made this channel can change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its author can change or delete a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are no longer a member of this channel: nothing can be written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video or phone link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team lead approves a visit, for their own centre. The hub&apos;s administrator names the team leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a visit in draft can be proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the visit first: team leads approve a proposed visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team lead of each centre taking part must approve the visit before it is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call is already confirmed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a confirmed visit can be marked completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit or call is completed or cancelled: it cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit lasts at most a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel takes from 0 to 14 days on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name an analyst, a contact or an e-mail address for the attendee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the hub accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the analyst who sent a file can take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has already reached the hub: it can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved a file of this incident&apos;s channel to disk (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened a file of this incident&apos;s channel in another program (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 TLP label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the working hours as days and times, e.g. “1-5 09:00-17:00” (Monday to Friday, 1 is Monday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item takes place during the visit, from its first to its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item cannot move to another visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator of compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An indicator is marked as strictly as its incident or more strictly, never less: pick the incident&apos;s marking or a stricter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator was last seen before it was first seen: check the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid IPv4 address (four numbers from 0 to 255, without leading zeros)</source>
        <extracomment>Why an indicator was refused: four numbers separated by dots, but one is above 255 or has a leading zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv4 address, not a domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 copied %n indicator(s) of this incident out of Liaison (%2).</source>
        <extracomment>Timeline: %1 analyst, %2 the strictest TLP label among what was copied</extracomment>
        <translation>
            <numerusform>%1 copied %n indicator of this incident out of Liaison (%2).</numerusform>
            <numerusform>%1 copied %n indicators of this incident out of Liaison (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileRelease</name>
    <message>
        <source>Liaison will hand %1 to the program your system uses for this kind of file. It belongs to a %2 incident, and files kept as evidence can be harmful: open it only where that is safe. The release is recorded in the incident&apos;s timeline. Open it?</source>
        <extracomment>%1 file name, %2 its TLP label (TLP:AMBER…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison will hand %1 to the program your system uses for this kind of file. Files kept as evidence can be harmful: open it only where that is safe. Open it?</source>
        <extracomment>%1 file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison will hand %1 to the program your system uses for this kind of file. It was sent in a %2 channel, and files shared in incident chat can be harmful: open it only where that is safe. Open it?</source>
        <extracomment>%1 file name, %2 the channel&apos;s TLP label (TLP:AMBER…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a restricted file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to a %2 incident. Saving it takes it out of Liaison; the release is recorded in the incident&apos;s timeline. Save it?</source>
        <extracomment>%1 file name, %2 its TLP label (TLP:AMBER…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was sent in a %2 channel. Saving it takes it out of Liaison: share it only as the marking allows. Save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: no private folder could be made for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the release could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this system opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the copy of %1 in this profile does not match its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 is not on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 could not be written to %2.</source>
        <extracomment>%1 file name, %2 the place it was to be written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused a file: it is larger than the hub accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused a file: this device has too many files waiting at the hub. It is sent again when Liaison starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused a file; it stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not have this file: the analyst who added it may not have been connected since, or it is not shared with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What arrived from the hub did not match the file&apos;s SHA-256; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindTime</name>
    <message>
        <source>Free</source>
        <extracomment>Find a time: the attendee can be booked then</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off or holiday</source>
        <extracomment>Find a time: the attendee is on leave or it is a holiday of their centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <extracomment>Find a time: the time is outside the attendee&apos;s working hours, in their own zone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <extracomment>Find a time: the attendee is already booked then</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one attendee.</source>
        <extracomment>Find a time refused: no attendee chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Find a time for at most %n attendee(s).</source>
        <extracomment>Find a time refused: %n the largest number of attendees</extracomment>
        <translation>
            <numerusform>Find a time for at most %n attendee.</numerusform>
            <numerusform>Find a time for at most %n attendees.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same attendee is listed twice.</source>
        <extracomment>Find a time refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attendee&apos;s time zone is not a known time zone.</source>
        <extracomment>Find a time refused: an attendee&apos;s IANA time zone is not in the tz database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attendee&apos;s working hours are not valid: each day must start before it ends, within the day.</source>
        <extracomment>Find a time refused: working hours must be within one day, start before end</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attendee&apos;s booking has no valid start or end.</source>
        <extracomment>Find a time refused: a booking read from the calendar lacks a start or an end</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional attendee is not among the attendees.</source>
        <extracomment>Find a time refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first day to search.</source>
        <extracomment>Find a time refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Search at most %n day(s) ahead.</source>
        <extracomment>Find a time refused: %n the largest number of days searched</extracomment>
        <translation>
            <numerusform>Search at most %n day ahead.</numerusform>
            <numerusform>Search at most %n days ahead.</numerusform>
        </translation>
    </message>
    <message>
        <source>A meeting lasts from 1 minute to 24 hours.</source>
        <extracomment>Find a time refused: the meeting&apos;s length</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for 1 to %1 slots.</source>
        <extracomment>Find a time refused: %1 the largest number of slots proposed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organiser&apos;s time zone is not a known time zone.</source>
        <extracomment>Find a time refused: the organiser&apos;s IANA time zone is not in the tz database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search needs the current time.</source>
        <extracomment>Find a time refused: the search was started without the current time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This search cannot be run.</source>
        <extracomment>Find a time refused for a reason not listed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step between slots must be from %1 minutes to 24 hours.</source>
        <extracomment>Find a time refused: %1 the smallest step between slots, in minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>Holidays are computed for the years %1 to %2 only.</source>
        <extracomment>%1 and %2 are years, e.g. 1990 and 2100</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison has no holiday rules for this region of Canada. Known regions: %1.</source>
        <extracomment>%1 is a list of province codes, e.g. &quot;AB, BC, ON, QC&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison has no holiday rules for this region of the United States. Known regions: %1.</source>
        <extracomment>%1 is a list of state codes, e.g. &quot;DC, ID&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>an event without a start: left out</source>
        <extracomment>iCalendar import problem: a VEVENT without DTSTART</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date before 1900 or after 2200: left out</source>
        <extracomment>iCalendar import problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time zone %1: read as UTC</source>
        <extracomment>iCalendar import problem: %1 the TZID as written in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time zone %1 is not a known one: its times are converted with the file&apos;s own definition and kept in UTC</source>
        <extracomment>iCalendar import problem: %1 the TZID; the file&apos;s VTIMEZONE was used to convert</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time without a time zone: read in your time zone (%1)</source>
        <extracomment>iCalendar import problem: %1 the importing analyst&apos;s time zone (IANA id)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recurring event (RRULE): only its first occurrence is taken</source>
        <extracomment>iCalendar import problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a changed occurrence of a recurring event: left out</source>
        <extracomment>iCalendar import problem: a VEVENT with RECURRENCE-ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attendee without an address: left out</source>
        <extracomment>iCalendar import problem: %1 the attendee&apos;s name (may be empty)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attendee without an address (%1): left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer without a UID: left out</source>
        <extracomment>iCalendar import problem: %1 the identifier made for the event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event without a UID: given %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UID longer than %L1 characters: left out</source>
        <extracomment>iCalendar import problem: %1 a number of characters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second event with the same UID: left out</source>
        <extracomment>iCalendar import problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside this event: left out</source>
        <extracomment>iCalendar import problem: the file was cut inside this VEVENT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before END:VCALENDAR: only the complete events are taken</source>
        <extracomment>iCalendar import problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libical stopped before the end of the file: the rest is left out</source>
        <extracomment>iCalendar import problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line that could not be read was left out (%1)</source>
        <extracomment>iCalendar import problem: %1 libical&apos;s own (English) description of the line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 field is too long: cut</source>
        <extracomment>iCalendar import problem: %1 a property name such as SUMMARY or CN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an end before its start: the event ends at its start</source>
        <extracomment>iCalendar import problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a start and an end of different kinds (date and date-time): the end is ignored</source>
        <extracomment>iCalendar import problem: DTSTART a date and DTEND a date-time or the reverse</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown status %1: read as confirmed</source>
        <extracomment>iCalendar import problem: %1 the STATUS value as written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown answer %1: read as no answer yet</source>
        <extracomment>iCalendar import problem: %1 the PARTSTAT value as written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer without an attendee: left out</source>
        <extracomment>iCalendar import problem: a REPLY VEVENT without ATTENDEE</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an event (%1): left out</source>
        <extracomment>iCalendar import problem: %1 the component name (VTODO, VJOURNAL, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a calendar (%1): left out</source>
        <extracomment>iCalendar import problem: %1 a component name at the top of the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD:%1 is not handled: nothing of this calendar is taken</source>
        <extracomment>iCalendar import problem: %1 the METHOD (COUNTER, REFRESH, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %L1 events: the rest is left out</source>
        <extracomment>iCalendar import problem: %1 the limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %L1 attendees: the rest are left out</source>
        <extracomment>iCalendar import problem: %1 the limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %L1 problems: the rest are not listed</source>
        <extracomment>iCalendar import problem: %1 the limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <extracomment>iCalendar import: %1 a problem of the file as a whole</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <extracomment>iCalendar import: %1 the event&apos;s UID, %2 the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component %1: %2</source>
        <extracomment>iCalendar import: %1 the component&apos;s position in the file (1, 2, ...), %2 the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is larger than %1 MiB: it was not read.</source>
        <extracomment>iCalendar import refused: %1 the size limit in MiB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an iCalendar (.ics) file.</source>
        <extracomment>iCalendar import refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This iCalendar file could not be read.</source>
        <extracomment>iCalendar import refused: libical could not read it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>%1: message deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A reply&apos;s quote: %1 author of the original, %2 its first words
----------
A message as a screen reader reads it: %1 author, %2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Online</source>
        <extracomment>Presence of an analyst: connected and active</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>Presence of an analyst: connected but idle for a while</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Presence of an analyst: no Liaison of theirs is connected</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleChecks</name>
    <message>
        <source>%1 is already booked on the visit “%2” on %3.</source>
        <extracomment>Visit warning: %1 a visitor, %2 the title of their other visit, %3 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already booked on the visit “%2” from %3 to %4.</source>
        <extracomment>Visit warning: %1 a visitor, %2 the title of their other visit, %3 and %4 the first and last dates this visit shares with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is travelling for the visit “%2” on %3.</source>
        <extracomment>Visit warning: %1 a visitor, %2 the title of their other visit, %3 a date of this visit that is a travel day of the other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is travelling for the visit “%2” from %3 to %4.</source>
        <extracomment>Visit warning: %1 a visitor, %2 the title of their other visit, %3 and %4 the first and last dates of this visit that are travel days of the other</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a holiday for %2: %3.</source>
        <extracomment>Visit warning: %1 a date of the visit, %2 a centre (host or visitor&apos;s), %3 the holiday&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks change in %1 on %2, from %3 to %4: the agenda shows times in both zones.</source>
        <extracomment>Visit warning: %1 the city of a time zone, %2 the date clocks change, %3 and %4 the offsets before and after (&quot;UTC−05:00&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleEventModel</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A span of days: %1 the first, %2 the last</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>A time on a day: %1 the day, %2 start time, %3 end time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>Kind of calendar event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3, %4) · %5</source>
        <extracomment>An event in the agenda: %1 when, %2 its title, %3 call or visit, %4 the centre&apos;s tag and id, %5 its status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>Status of a visit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>Status of a visit: waiting for the team leads&apos; approval</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>Status of a visit: approved by a team lead of each centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <extracomment>Status of a visit or call</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Status of a visit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Status of a visit or call</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative</source>
        <extracomment>Status of a call not yet confirmed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleExchange</name>
    <message>
        <source>The calendar could not be written to %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is cancelled in the file: not added.</source>
        <extracomment>%1 is an event&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an older version (SEQUENCE %2) than this profile’s (%3): not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is completed or cancelled here: not changed.</source>
        <extracomment>%1 is an event&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled in an imported calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no length (its end is its start): not taken.</source>
        <extracomment>%1 is an event&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not taken: %2</source>
        <extracomment>%1 is an event&apos;s title, %2 why it was refused (a sentence)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancelled event %1 is not in this profile.</source>
        <extracomment>%1 is an event&apos;s UID (its identifier in the file)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation of “%1” is older than this profile’s version, or the event is completed: not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is about an event not in this profile (%1).</source>
        <extracomment>%1 is an event&apos;s UID (its identifier in the file)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 is about an older version of “%2”: not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an attendee of “%2”: the answer is not taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>Ottawa</source>
        <extracomment>City shown for the time zone America/Toronto (the Canadian centre)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washington</source>
        <extracomment>City shown for the time zone America/New_York (the US centre)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idaho Falls</source>
        <extracomment>City shown for the time zone America/Boise (Mountain time: the Idaho National Laboratory)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St. John&apos;s</source>
        <extracomment>City shown for the time zone America/St_Johns (Newfoundland, UTC−03:30)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halifax</source>
        <extracomment>City shown for the time zone America/Halifax</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winnipeg</source>
        <extracomment>City shown for the time zone America/Winnipeg</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edmonton</source>
        <extracomment>City shown for the time zone America/Edmonton</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vancouver</source>
        <extracomment>City shown for the time zone America/Vancouver</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <extracomment>The zone UTC in the list of time zones (Coordinated Universal Time)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A time zone as a column header: %1 the city, %2 its offset (&quot;UTC−04:00&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A time zone as a column header: %1 the city, %2 its abbreviation (&quot;EDT&quot;), %3 its offset (&quot;UTC−04:00&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiErrors</name>
    <message>
        <source>Liaison could not save this change in your profile. Nothing was changed; try again, and restart Liaison if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison could not do this. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <extracomment>%1 is a size in MiB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is longer than %1 KiB.</source>
        <extracomment>%1 is a size in KiB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with a continuation line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is not a vCard property (NAME:value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter of this property is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This property has more than %1 parameters.</source>
        <extracomment>%1 is a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of this property is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This property is outside a card (BEGIN:VCARD … END:VCARD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN inside a card: the card before it has no END:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only vCards (BEGIN:VCARD) can be read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION must come first after BEGIN:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 2.1 is not supported: export the contacts as vCard 4.0 or 3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vCard version is not supported (4.0 and 3.0 are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card gives its VERSION twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card that starts here has no FN (formatted name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card that starts here has no END:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 cards.</source>
        <extracomment>%1 is a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card or the file has too many properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone is neither a known IANA zone nor a UTC offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitAgenda</name>
    <message>
        <source>Draft</source>
        <comment>visit status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>visit status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>visit status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>visit status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>visit status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>visit status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative</source>
        <comment>call status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>an attendee&apos;s answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <comment>an attendee&apos;s answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tentative</source>
        <comment>an attendee&apos;s answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <comment>an attendee&apos;s answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <extracomment>The days of a visit: %1 its first day, %2 its last day (both included)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>%1 the start, %2 the end time, %3 the time zone&apos;s offset (&quot;UTC−05:00&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel days</source>
        <extracomment>Travel days before and after a visit: %1 before, %2 after</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before, %2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors and attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An attendee on a visit&apos;s agenda: %1 the name, %2 the answer (&quot;accepted&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: approved by %2 on %3</source>
        <extracomment>%1 a centre, %2 the team lead who approved, %3 when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda could not be written to %1: %2</source>
        <extracomment>%1 is a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::AttachmentBar</name>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send files with the message, up to %1 each. You can also drop files on the conversation or paste an image.</source>
        <extracomment>%1 is a size such as &quot;25 MiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached: %1 is larger than the hub accepts (%2).</source>
        <extracomment>%1 file name, %2 a size such as &quot;25 MiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached: %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted-image-%1.png</source>
        <extracomment>The name given to an image pasted into the chat; %1 date and time (file-name safe)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A file waiting to be sent: %1 name, %2 size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send %1</source>
        <extracomment>%1 file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: a file is larger than the hub accepts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the files could not be stored in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::AttachmentView</name>
    <message>
        <source>Waiting to be sent to the hub</source>
        <extracomment>A file of a chat message: this device has not sent it to the hub yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the hub: %1%</source>
        <extracomment>A file of a chat message: %1 is a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the hub</source>
        <extracomment>A file this analyst sent: the hub has it (and so does this computer)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the hub: download to open it</source>
        <extracomment>A file someone else sent, not on this computer yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading: %1%</source>
        <extracomment>A file of a chat message: %1 is a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>A file of a chat message, on this computer and checked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>A file of a chat message: %1 why it failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, SHA-256 %3, %4</source>
        <extracomment>A file of a chat message as read aloud: %1 name, %2 size, %3 start of its SHA-256, %4 where it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, %3
SHA-256: %4 (click to copy)</source>
        <extracomment>Tooltip of a file of a chat message: %1 name, %2 size, %3 type, %4 the whole SHA-256</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Stops sending (the file is taken off the message) or downloading a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Download a file again after a failure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not on this computer yet, and Liaison is not connected to a hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 from the hub; it is saved when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 from the hub; it opens when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the release could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the file could not be read from this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::BoardPage</name>
    <message>
        <source>Any TLP</source>
        <extracomment>Filter choice: no TLP restriction</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <extracomment>Filter choice: any severity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <extracomment>Filter choice: any status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Sector in a list: %1 country code (US, CA), %2 sector name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sector</source>
        <extracomment>Filter choice: any critical-infrastructure sector</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any centre</source>
        <extracomment>Filter choice: incidents of any owner centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, summaries, indicators, comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by TLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by owner centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since I last looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an incident (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <extracomment>Show incidents as kanban columns</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <extracomment>Show incidents as a table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export shown incidents as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export shown incidents as STIX 2.1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this profile with a hub first (File → Settings): incidents are signed by their analyst.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::BoardView</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Board column header: %1 is the status, %2 the number of incidents in it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents with status %1</source>
        <extracomment>Accessible name of a board column; %1 is the status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 column</source>
        <extracomment>Accessible name of the strip of a collapsed board column; %1 is the status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse the %1 column</source>
        <extracomment>Button that folds a board column into a narrow strip; %1 is the status</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::CallDialog</name>
    <message>
        <source>Cancel the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the call cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>An attendee of a call who must be there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <extracomment>An attendee of a call who may come</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time does not exist there: clocks go from %1 to %2.</source>
        <extracomment>A call time that does not exist: %1 the time clocks jump from, %2 the time they jump to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time does not exist there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, %1: %2</source>
        <extracomment>The call&apos;s time on the viewer&apos;s clock: %1 the zone, %2 the times</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The call&apos;s time on another clock: %1 the zone, %2 the times</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <extracomment>The call&apos;s day and start time on the organiser&apos;s clock</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser’s time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit of the duration of a call</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On each clock:</source>
        <extracomment>The call&apos;s time on the clocks of the viewer and the counterparts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video or phone link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked &amp;incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked c&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <extracomment>Read by a screen reader: the time field beside the date of a call</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst to add</source>
        <extracomment>Read by a screen reader: the list of analysts to add as attendees</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <extracomment>Read by a screen reader: the table of a call&apos;s attendees</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::CapsLockWarning</name>
    <message>
        <source>Caps Lock is on: the passphrase may be typed in capitals.</source>
        <extracomment>Shown under a passphrase field while Caps Lock seems to be on</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is encrypted again under the new passphrase. If Liaison stops half-way, the old or the new passphrase opens it, never neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm new passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Passphrase</source>
        <extracomment>Button that re-encrypts the profile under the new passphrase</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be changed. Check that this computer has enough free memory and disk space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be changed: the profile folder could not be written. Check its permissions and the free disk space, then try again. Should Liaison refuse the old passphrase at the next start, the new one opens the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::ChangedElsewhereBanner</name>
    <message>
        <source>Compare…</source>
        <extracomment>Opens theirs and yours side by side, to keep either</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows their value beside yours for each field, to keep either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the %2 while you were editing. Your text is kept: compare to keep theirs or yours; saving keeps yours.</source>
        <extracomment>%1 who (names and centres), %2 the fields (title, status...) in the UI language</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::ChatNotifier</name>
    <message>
        <source>the centre-to-centre bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from %1</source>
        <extracomment>Notification title: %1 who wrote to the analyst directly</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentioned you in %2</source>
        <extracomment>Notification title: %1 who mentioned the analyst, %2 the channel</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Liaison to read it.</source>
        <extracomment>Notification text when previews are off</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::ChatPage</name>
    <message>
        <source>Find a channel</source>
        <extracomment>Chat rail: filter the channels by name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications from this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message. Enter sends, Shift+Enter starts a new line, @ mentions someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a channel on the left, or make one with New channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this channel are %1: share them only as that marking allows.</source>
        <extracomment>%1 the TLP label of the channel</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by %1</source>
        <extracomment>Channel header: %1 the centre that made it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members: %1</source>
        <extracomment>Channel header: %1 the names of the channel&apos;s members</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived: read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Jump to the first unread message (%n unread)</source>
        <translation>
            <numerusform>Jump to the first unread message (%n unread)</numerusform>
            <numerusform>Jump to the first unread message (%n unread)</numerusform>
        </translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing your message (Escape cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this message for everyone in the channel? It stays in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy out of Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is %1. Copy it to the clipboard, out of Liaison&apos;s protection? Share it only as the marking allows.</source>
        <extracomment>%1 the TLP label of the channel</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this undelivered message? Nobody else has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add indicators to the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 type of indicator, %2 its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators found in the message (recorded with the message as their source):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in your browser? Links in incident chat may lead to malicious pages.</source>
        <extracomment>%1 the address of the link</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;indicators to the incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An analyst in the chat&apos;s pickers and @ completion: %1 name, %2 their centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My centre only</source>
        <extracomment>Who sees a new channel</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every centre (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the members I pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who sees it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;embers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s directory has no other analyst yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this &amp;channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3: %4</source>
        <extracomment>A search result: %1 channel, %2 author, %3 time, %4 the message&apos;s first words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are no longer a member: read only</source>
        <extracomment>Channel header: the analyst was taken off the channel&apos;s member list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <extracomment>Menu of a file in a message: copies its SHA-256 fingerprint to the clipboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to send</source>
        <extracomment>Read by a screen reader: the box where a message is written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <extracomment>Read by a screen reader: the list of channels and conversations</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter channels</source>
        <extracomment>Read by a screen reader: the field that narrows the list of channels</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::CommentListModel</name>
    <message>
        <source>%1, %2 (internal):
%3</source>
        <extracomment>An internal comment of a shared incident: %1 author, %2 date and time, %3 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <extracomment>A comment in the list: %1 author, %2 date and time, %3 the comment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <extracomment>The timeline: %1 date, time and time zone, %2 what was released (a sentence)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:
%2 changed the status from %3 to %4.</source>
        <extracomment>The timeline: %1 date, time and time zone, %2 analyst, %3 and %4 statuses</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::CommentsTab</name>
    <message>
        <source>&amp;Share this comment with the counterpart centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared comment: the counterpart centre will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal comment: only %1 will see it.</source>
        <extracomment>%1 is the analyst&apos;s own centre code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal comment: the incident is not shared; only %1 will see it.</source>
        <extracomment>%1 is a centre code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visible to the counterpart centre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::CompareChangesDialog</name>
    <message>
        <source>Compare their changes with yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved these fields while you were editing them. For each one, keep theirs (your edit is dropped) or yours (it is saved now and replaces theirs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1</source>
        <extracomment>A field in conflict: %1 the field (title, status...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs, by %1:</source>
        <extracomment>Above their value: %1 who wrote it (name and centre)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours, not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail addresses:</source>
        <extracomment>One work e-mail address a line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <extracomment>One work phone number a line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison &amp;account:</source>
        <extracomment>The contact&apos;s account in the hub&apos;s directory, if they use Liaison</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days 1 (Monday) to 7 (Sunday) and times in the contact&apos;s zone, e.g. “1-5 09:00-17:00” or “1-4 08:00-16:00, 5 08:00-12:00”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email addresses, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare with the partner centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both centres see the contact. Once shared, it cannot be made internal again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::ContactsPage</name>
    <message>
        <source>%1, %2 to %3</source>
        <extracomment>Working hours on one day: %1 a weekday, %2 and %3 times</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, %3 to %4</source>
        <extracomment>Working hours on a range of days: %1 and %2 weekdays, %3 and %4 times</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All centres</source>
        <extracomment>Filter of the contact list: no centre chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <extracomment>Filter of the contact list: no role chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s)</source>
        <extracomment>How many contacts the list shows, of how many; %1 shown, %n in all</extracomment>
        <translation>
            <numerusform>%1 of %n contact</numerusform>
            <numerusform>%1 of %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts yet. Add one with New, or import a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact to see their card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(direct messages through Liaison)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their time now: %1 %2</source>
        <extracomment>On a contact&apos;s card: %1 a weekday, %2 the time where the contact is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the hub’s directory of analysts: it cannot be edited here. Add a contact with this Liaison account to add details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card of %1</source>
        <extracomment>Accessible name of the card pane; %1 the contact&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <extracomment>%1 is the contact&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from the directory? Everyone it is shared with loses it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <extracomment>Importing a vCard file failed; %1 why (names the line)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the directory could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated</source>
        <extracomment>After a vCard import: %1 contacts added, %2 contacts updated (already numbers)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCard file could not be written: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts.vcf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, organisation, address, phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact to the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <extracomment>Opens a direct conversation with a contact who uses Liaison</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a direct conversation with this analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected contacts, or all listed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A call or visit on a contact&apos;s card: %1 its title, %2 when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>On a contact&apos;s card, after the first five calls and visits</extracomment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls and visits to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <extracomment>On a contact&apos;s card: who sees the contact (&quot;Centre only&quot;, &quot;Shared&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::DemoSession</name>
    <message>
        <source>%1 (demo)</source>
        <extracomment>Window title detail in the demo: %1 is the centre code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIAISON_HUB_BINARY names %1, which is not a program Liaison can run.</source>
        <extracomment>%1 is the file that the environment variable LIAISON_HUB_BINARY names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs the liaison-hub program, which is neither next to Liaison (%1) nor on the PATH. Install it, or set LIAISON_HUB_BINARY to its path.</source>
        <extracomment>%1 is the folder of the Liaison program</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The liaison-hub program (%1) could not be started.</source>
        <extracomment>%1 is the path of the liaison-hub program</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hub took too long to prepare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hub stopped before it was ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hub did not start listening in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hub stopped: the windows can no longer sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not make a private temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hub&apos;s store could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo centres could not be added to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hub could not issue enrolment codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not enrol with the demo hub: %2</source>
        <extracomment>%1 is the analyst&apos;s name, %2 the reason (a sentence)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo analysts&apos; profiles could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::DialogSupport</name>
    <message>
        <source>Saved: %1</source>
        <extracomment>After an export or a save; %1 is the file&apos;s full path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Saved</source>
        <extracomment>Title of the message that says where a file was written</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::EvidenceListModel</name>
    <message>
        <source>%1
Type: %2
SHA-256: %3</source>
        <extracomment>Tooltip of an evidence file: %1 name, %2 media type, %3 SHA-256</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the hub refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available from the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading (%1%)</source>
        <extracomment>Evidence state: %1 is a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Column of the evidence table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column of the evidence table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <extracomment>Column of the evidence table: the analyst who added the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Column of the evidence table: when the file was added</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column of the evidence table: where the file&apos;s bytes are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <extracomment>Column of the evidence table</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::EvidenceTab</name>
    <message>
        <source>Add an evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are kept encrypted in this profile and sent to the hub; the hub accepts files up to %1.</source>
        <extracomment>%1 is a size such as &quot;25 MiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1 is larger than the hub accepts (%2).</source>
        <extracomment>%1 file name, %2 a size such as &quot;25 MiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <extracomment>%1 is why, e.g. &quot;The name is too long.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: the file could not be stored in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. It is sent to the hub when Liaison is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this computer yet, and Liaison is not connected to a hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 from the hub; it is saved when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 from the hub; it opens when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the release could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this incident? It goes for everyone who sees the incident; the history keeps who added and removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the file could not be read from this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::FindTimeDialog</name>
    <message>
        <source>Find a time</source>
        <extracomment>Dialog title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days to search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times on the %1 clock. Green: everyone is free. Dotted: a day off (holiday). Hatched: already booked. Light grey: outside working hours.</source>
        <extracomment>Legend of the find-a-time grid; %1 the organiser&apos;s city</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best times:</source>
        <extracomment>Above the list of proposed slots</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone free</source>
        <extracomment>A proposed slot where every attendee is free</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Someone missing from a slot: %1 their name, %2 why (e.g. &quot;busy&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <extracomment>A proposed slot: %1 day and start, %2 end time, %3 who is free or missing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time in these days suits the attendees: search more days.</source>
        <extracomment>Find a time found nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::HistoryTab</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of this incident, newest first: when, who, from which device, and what changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::HubEnrolForm</name>
    <message>
        <source>The hub address starts with wss://, as in wss://hub.example.org:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted ws:// is only allowed to this computer; use wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the one-time enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate fingerprint has 32 pairs of hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the fingerprint your hub administrator gave you; Liaison refuses a hub whose certificate differs:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</source>
        <extracomment>Shown under the fingerprint field; %1 is the fingerprint on four lines</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub certificate fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AB:CD:… as the administrator gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time c&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fin&amp;gerprint:</source>
        <extracomment>SHA-256 fingerprint of the hub&apos;s TLS certificate</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::IncidentCardDelegate</name>
    <message>
        <source>Assigned to %1.</source>
        <extracomment>Appended to a card&apos;s description; %1 is a list of analysts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since you last looked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1 · upd. %2</source>
        <extracomment>On a card: %1 how long ago the incident was opened, %2 how long ago it last changed (both short, &quot;2 d&quot;, &quot;3 h&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <extracomment>A duration on a card: less than a minute</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <extracomment>A duration on a card, in minutes</extracomment>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <extracomment>A duration on a card, in hours</extracomment>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <extracomment>A duration on a card, in days</extracomment>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — severity %3, %4, %5, owner %6, sector %7, updated %8.</source>
        <extracomment>Card read aloud / tooltip: %1 reference, %2 title, %3 severity, %4 TLP label, %5 scope (shared or centre only), %6 owner centre, %7 sector, %8 last update</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 ago.</source>
        <extracomment>Appended to a card&apos;s description: %1 how long ago it was opened (&quot;2 d&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::IncidentDialog</name>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comments and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident — %1</source>
        <extracomment>Window title: %1 is the incident title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed this incident without saving. Close it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the marking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident is marked TLP:AMBER+STRICT. Lowering it to %1 lets it be shared outside your centre. Why? (kept in the signed timeline)</source>
        <extracomment>%1 is the new TLP label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: lowering TLP:AMBER+STRICT needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>%1 is why, e.g. &quot;The title is too long.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counterpart centre already holds this incident: it received it marked %1. From now on it is marked %2; tell them, as the marking does not take back what they have.</source>
        <extracomment>%1 the TLP label it had when it was shared, %2 the new one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved edits from before Liaison locked are back. They are not saved yet: save them, or close the window to discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this comment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counterpart centre will see this comment, under %1. It cannot be taken back, and your name is recorded as the one who released it.</source>
        <extracomment>%1 is the TLP label, e.g. TLP:AMBER</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;asks and assignees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <extracomment>Tab of the incident window: files kept on the incident</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident cha&amp;nnel</source>
        <extracomment>Opens the incident&apos;s chat channel</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: %1 is the incident reference (CCIRC-2026-7KQ4MX), %2 its title</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::IncidentExport</name>
    <message>
        <source>revoked by its producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern language &quot;%1&quot; is not supported (only STIX patterns are)</source>
        <extracomment>%1 is a pattern language such as &quot;sigma&quot; or &quot;snort&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>combined pattern (AND, FOLLOWEDBY or a time window) cannot be one indicator: %1</source>
        <extracomment>%1 is the STIX pattern</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no matching indicator type</source>
        <extracomment>%1 is a STIX object path such as &quot;process:name&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value: %1</source>
        <extracomment>%1 is the refused value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in this incident: %1</source>
        <extracomment>%1 is the value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked %1, stricter than this incident</source>
        <extracomment>%1 is a TLP label such as TLP:RED</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <extracomment>%1 is what could not be read (a pattern or an object type)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export restricted incidents?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export incidents as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export incidents as STIX 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File type filter in the save dialog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STIX 2.1 bundles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) added.</source>
        <translation>
            <numerusform>%n indicator added.</numerusform>
            <numerusform>%n indicators added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n skipped:</numerusform>
            <numerusform>%n skipped:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <extracomment>One line of the import report: %1 is a STIX object id, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a STIX object type such as &quot;relationship&quot;, %2 how many there were</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other object(s) are not indicators and were left out (%1).</source>
        <extracomment>%1 lists STIX object types with their counts</extracomment>
        <translation>
            <numerusform>%n other object is not an indicator and was left out (%1).</numerusform>
            <numerusform>%n other objects are not indicators and were left out (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>This incident no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; nothing was imported.</source>
        <extracomment>%1 is a size in megabytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a STIX 2.1 bundle; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds more than %1 objects; nothing was imported.</source>
        <extracomment>%1 is a number of objects</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked %1 by %2 that contains it, stricter than this incident</source>
        <extracomment>%1 is a TLP label such as TLP:RED, %2 the STIX id of the report or grouping that holds the object and whose marking applies to it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown marking %1: its handling rules cannot be checked</source>
        <extracomment>%1 is the STIX id of a marking definition that is neither a TLP level nor a statement; the object might be stricter than the incident, so it is left out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern uses NOT, list indexes ([*], [0]) or parentheses, which are not supported: %1</source>
        <extracomment>%1 is the STIX pattern; NOT, [*] and [0] are STIX pattern syntax, keep them as is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired: valid until %1</source>
        <extracomment>%1 is the indicator&apos;s valid_until date and time, as written in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) took the stricter marking of the report or grouping that contains them.</source>
        <extracomment>%n objects of the file took the marking of a report or grouping that contains them, because it was stricter than their own</extracomment>
        <translation>
            <numerusform>%n object took the stricter marking of the report or grouping that contains it.</numerusform>
            <numerusform>%n objects took the stricter marking of the report or grouping that contains them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the exported incidents are marked above TLP:GREEN or hold indicators that are (the strictest: %1). The file leaves Liaison&apos;s protection; your name is recorded in each of them as the one who exported it. Export?</source>
        <extracomment>%n incidents marked AMBER, AMBER+STRICT or RED, or holding indicators so marked, among those exported; %1 the strictest TLP label of all</extracomment>
        <translation>
            <numerusform>%n of the exported incidents is marked above TLP:GREEN or holds indicators that are (the strictest: %1). The file leaves Liaison&apos;s protection; your name is recorded in it as the one who exported it. Export?</numerusform>
            <numerusform>%n of the exported incidents are marked above TLP:GREEN or hold indicators that are (the strictest: %1). The file leaves Liaison&apos;s protection; your name is recorded in each of them as the one who exported it. Export?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::IncidentForm</name>
    <message>
        <source>Owner: %1</source>
        <extracomment>%1 is a response centre code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with the counterpart centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible inside %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this incident to the counterpart centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the centre that owns this incident can share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLP:</source>
        <extracomment>Traffic Light Protocol marking</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sect&amp;or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>No critical-infrastructure sector chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Sector in a list: %1 country code (US, CA), %2 sector name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corresponds to: %1</source>
        <extracomment>Tooltip of a sector: the other country&apos;s corresponding sectors</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with the counterpart centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As STIX 2.1 bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible inside %1 and to %2</source>
        <extracomment>%1 is a response centre code, %2 a list of names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLP:RED goes to named people only: choose who receives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference both centres can quote for this incident</source>
        <extracomment>Tooltip of the incident reference</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAP:RED: only actions the adversary cannot detect, such as searching your own logs; not to be used on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAP:AMBER: passive cross-checks, such as lookups with third-party services or a monitoring honeypot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAP:GREEN: active actions allowed, such as blocking traffic from or to the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAP:CLEAR: no restriction on the actions taken with this information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::IncidentHistoryModel</name>
    <message>
        <source>When</source>
        <extracomment>Column of the history</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <extracomment>Column of the history</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Column of the history</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <extracomment>Column of the history</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone at %1</source>
        <extracomment>Who made a change the hub&apos;s directory has no name for: %1 their centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Who made a change: %1 the analyst&apos;s name, %2 their centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <extracomment>History: the change was made on the computer the analyst is using</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their device</source>
        <extracomment>History: the author&apos;s one device in the hub&apos;s directory</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their device %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device</source>
        <extracomment>History: a device this computer&apos;s copy of the hub&apos;s directory does not know</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>A yes/no field&apos;s value in the history</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>History: a field that had no value, or was emptied</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A text value quoted in the history</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created the incident “%2” (%3, %4).</source>
        <extracomment>History: %1 analyst, %2 the incident&apos;s title, %3 its severity, %4 its TLP marking</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted the incident.</source>
        <extracomment>History: %1 analyst</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored the incident.</source>
        <extracomment>History: %1 analyst</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the %2 from %3 to %4.</source>
        <extracomment>History: %1 analyst, %2 a field (severity, TLP marking...), %3 its old value, %4 the new one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the %2 of the indicator %3 from %4 to %5.</source>
        <extracomment>History: %1 analyst, %2 a field, %3 the indicator&apos;s value, %4 old value, %5 new</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the %2 of the task “%3” from %4 to %5.</source>
        <extracomment>History: %1 analyst, %2 a field, %3 the task&apos;s title, %4 old value, %5 new</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the %2 of the evidence file “%3” from %4 to %5.</source>
        <extracomment>History: %1 analyst, %2 a field, %3 the file&apos;s name, %4 old value, %5 new</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the %2 of a comment from %3 to %4.</source>
        <extracomment>History: %1 analyst, %2 a field, %3 old value, %4 new</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the %2 of a record (%3) from %4 to %5.</source>
        <extracomment>History: %1 analyst, %2 a field, %3 a kind of record, %4 old value, %5 new</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added the indicator %2 (%3).</source>
        <extracomment>History: %1 analyst, %2 the indicator&apos;s value, %3 its type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted the indicator %2 (%3).</source>
        <extracomment>History: %1 analyst, %2 the indicator&apos;s value, %3 its type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored the indicator %2 (%3).</source>
        <extracomment>History: %1 analyst, %2 the indicator&apos;s value, %3 its type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added the task “%2” for %3, due %4.</source>
        <extracomment>History: %1 analyst, %2 task title, %3 who is to do it, %4 due date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added the task “%2” for %3.</source>
        <extracomment>History: %1 analyst, %2 task title, %3 who is to do it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added the task “%2”, due %3.</source>
        <extracomment>History: %1 analyst, %2 task title, %3 due date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added the task “%2”.</source>
        <extracomment>History: %1 analyst, %2 task title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted the task “%2”.</source>
        <extracomment>History: %1 analyst, %2 task title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored the task “%2”.</source>
        <extracomment>History: %1 analyst, %2 task title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked the task “%2” done.</source>
        <extracomment>History: %1 analyst, %2 task title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reopened the task “%2”.</source>
        <extracomment>History: %1 analyst, %2 task title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned %2 to this incident.</source>
        <extracomment>History: %1 analyst, %2 the analyst assigned</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took %2 off this incident.</source>
        <extracomment>History: %1 analyst, %2 the analyst taken off</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tagged this incident “%2”.</source>
        <extracomment>History: %1 analyst, %2 a tag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed the tag “%2”.</source>
        <extracomment>History: %1 analyst, %2 a tag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added the evidence file “%2” (%3).</source>
        <extracomment>History: %1 analyst, %2 file name, %3 its size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed the evidence file “%2”.</source>
        <extracomment>History: %1 analyst, %2 file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shared this incident with %2 (%3) by name.</source>
        <extracomment>History: %1 analyst, %2 a person of another centre named on the incident, %3 their centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped sharing this incident with %2 (%3).</source>
        <extracomment>History: %1 analyst, %2 a person taken off the incident&apos;s list, %3 their centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote a comment the counterpart centre sees: “%2”</source>
        <extracomment>History: %1 analyst, %2 the comment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote a comment: “%2”</source>
        <extracomment>History: %1 analyst, %2 the comment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted a comment: “%2”</source>
        <extracomment>History: %1 analyst, %2 the comment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 let a comment out to the counterpart centre: “%2”</source>
        <extracomment>History: %1 analyst, %2 the comment, let out of the centre after it was written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added a record (%2).</source>
        <extracomment>History: %1 analyst, %2 a kind of record this version has no words for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed a record (%2).</source>
        <extracomment>History: %1 analyst, %2 a kind of record this version has no words for</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::IncidentListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLP</source>
        <extracomment>Traffic Light Protocol, the standard&apos;s own abbreviation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <extracomment>Critical-infrastructure sector affected (energy, finance, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner centre</source>
        <extracomment>The response centre that owns the incident</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>Who may see the incident: one centre or both</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Short incident reference both centres quote, e.g. CCIRC-2026-7KQ4MX</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A card or table row read aloud: %1 the reference, %2 the title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, severity %3, status %4, owner %5</source>
        <extracomment>A card or row read aloud after its title: %1 TLP label, %2 scope (shared or centre only), %3 severity, %4 status, %5 owner centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::IndicatorListModel</name>
    <message>
        <source>Type</source>
        <extracomment>Column of the indicators table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Column of the indicators table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Column of the indicators table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a chat message</source>
        <extracomment>Where an indicator came from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from STIX</source>
        <extracomment>Where an indicator came from (a STIX 2.1 file)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed by %1</source>
        <extracomment>Where an indicator came from: %1 is the analyst&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays in your centre: never sent to the counterpart centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1; the incident&apos;s stricter marking %2 applies.</source>
        <extracomment>%1 the indicator&apos;s own TLP label, %2 the incident&apos;s stricter one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your centre only)</source>
        <extracomment>An indicator&apos;s marking, with a note that it never leaves the centre; %1 is a TLP label such as TLP:AMBER+STRICT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <extracomment>&quot;Seen elsewhere&quot; column: %1 the first other incident&apos;s title, %n how many others</extracomment>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLP</source>
        <extracomment>Column of the indicators table: the indicator&apos;s marking</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOC</source>
        <extracomment>Column of the indicators table: an indicator of compromise (check box)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sighted</source>
        <extracomment>Column of the indicators table: seen in the analyst&apos;s own networks (check box)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <extracomment>Column of the indicators table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <extracomment>Column of the indicators table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column of the indicators table: who or what added the indicator</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen elsewhere</source>
        <extracomment>Column of the indicators table: other incidents holding the same value</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::IndicatorsTab</name>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste several indicators here, one per line; the type of each line is recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators to add, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the pasted lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import indicators from a STIX 2.1 bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STIX 2.1 bundles (*.json);;All files (*)</source>
        <extracomment>File type filter in the open dialog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from STIX 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <extracomment>%1 is a reason such as &quot;not an IPv4 address&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>Bulk paste report: %1 line number, %2 reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) added.</source>
        <translation>
            <numerusform>%n indicator added.</numerusform>
            <numerusform>%n indicators added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) added. Not added, kept in the box to correct: %1</source>
        <extracomment>%1 number added, %2 the list of refused lines; they stay in the box to correct</extracomment>
        <translation>
            <numerusform>%n indicator added. Not added, kept in the box to correct: %1</numerusform>
            <numerusform>%n indicators added. Not added, kept in the box to correct: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>I&amp;mport from STIX 2.1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator value (defanged is fine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking of the new indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As strict as the incident&apos;s marking or stricter. TLP:AMBER+STRICT keeps the indicator in your centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOC</source>
        <extracomment>Check box: the new indicator is an indicator of compromise</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator of compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sighted</source>
        <extracomment>Check box: the new indicator was seen in the analyst&apos;s own networks</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy (defanged)</source>
        <extracomment>Copies the selected indicators in a form no mail or chat program turns into a link</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as typed (live)</source>
        <extracomment>The explicit other choice: the values as they are, clickable</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking of the selected indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last seen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the selected indicators were first and last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <extracomment>Shown beside the value field as the analyst types: %1 is a type such as &quot;Domain&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the indicators to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy restricted indicators?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Of the %n indicator(s) copied, the strictest is marked %1. What is on the clipboard leaves Liaison&apos;s protection; your name is recorded in the incident as the one who copied it. Copy?</source>
        <extracomment>%n indicators selected; %1 the strictest TLP label among them</extracomment>
        <translation>
            <numerusform>The %n indicator copied is marked %1. What is on the clipboard leaves Liaison&apos;s protection; your name is recorded in the incident as the one who copied it. Copy?</numerusform>
            <numerusform>Of the %n indicators copied, the strictest is marked %1. What is on the clipboard leaves Liaison&apos;s protection; your name is recorded in the incident as the one who copied them. Copy?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) copied, defanged.</source>
        <translation>
            <numerusform>%n indicator copied, defanged.</numerusform>
            <numerusform>%n indicators copied, defanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) copied as typed (live).</source>
        <translation>
            <numerusform>%n indicator copied as typed (live).</numerusform>
            <numerusform>%n indicators copied as typed (live).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the indicators to mark first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %1. %n of them had already been shared with the counterpart centre: it keeps what it received, and is asked to handle it as %1 from now on.</source>
        <extracomment>%1 a TLP label; %n indicators raised after they had reached the other centre</extracomment>
        <translation>
            <numerusform>Marked %1. %n of them had already been shared with the counterpart centre: it keeps what it received, and is asked to handle it as %1 from now on.</numerusform>
            <numerusform>Marked %1. %n of them had already been shared with the counterpart centre: it keeps what it received, and is asked to handle them as %1 from now on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked %1.</source>
        <extracomment>%1 a TLP label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the indicators first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message>
        <source>Liaison</source>
        <extracomment>Window title with a detail: %1 is e.g. &quot;CCIRC (demo)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <extracomment>Navigation: the shared incident board</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>Navigation: secure chat with the partner centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <extracomment>Navigation: visits and calls with the partner centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <extracomment>Navigation: directory of counterparts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — not enrolled with a hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Liaison %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A shared workspace for the analysts of partner cyber-incident response centres: incident board, secure chat and visit scheduling, in English and French.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Sync state in the status bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Sync state in the status bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <extracomment>Sync state in the status bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <extracomment>Sync state in the status bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <extracomment>Sync state in the status bar; %1 is the reason, already translated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst: %1 — Centre: %2 — %3</source>
        <extracomment>Status bar: %1 is the analyst, %2 the response centre, %3 the sync state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <extracomment>Menu of actions on incidents</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <extracomment>Closes the profile (database and keys) until the passphrase is entered again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n change(s) received</source>
        <translation>
            <numerusform>Syncing: %n change received</numerusform>
            <numerusform>Syncing: %n changes received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n of your change(s): %1</source>
        <extracomment>Status bar: %n changes refused; %1 why, e.g. &quot;the TLP marking forbids sharing it...&quot;</extracomment>
        <translation>
            <numerusform>The hub refused %n of your change: %1</numerusform>
            <numerusform>The hub refused %n of your changes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused changes stay in your profile but reach no one else. Ask your hub administrator if this is unexpected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s own centre has not opened its channel yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <extracomment>Window title with unread chat messages: %1 their number, %2 the title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting</source>
        <translation>
            <numerusform>Offline: %n change waiting</numerusform>
            <numerusform>Offline: %n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::MessageDelegate</name>
    <message>
        <source>Today</source>
        <extracomment>Chat day separator</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <extracomment>Chat day separator</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New messages</source>
        <extracomment>Chat: the line above the first message that was unread</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Chat message header: %1 the author&apos;s centre, %2 the local time it was sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message deleted</source>
        <extracomment>Chat: what stays of a deleted message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered (%1). Right-click to retry or delete.</source>
        <extracomment>Chat: a message the hub refused; right-click offers Retry and Delete</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending… (kept on this computer until the hub has it)</source>
        <extracomment>Chat: written here, not yet taken by the hub</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(edited)</source>
        <extracomment>Chat: the message was changed after it was sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Tooltip of a message: %1 author, %2 centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for the sender (%2)</source>
        <extracomment>Tooltip of a message: %1 the time where its author was, %2 their time zone</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::MonthView</name>
    <message>
        <source>%1 · Today</source>
        <extracomment>The day of the month in the month view; %1 the day, &quot;Today&quot; is added for today</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>In a day of the month view: how many events did not fit</extracomment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::NavigationRail</name>
    <message>
        <source>99+</source>
        <extracomment>A badge&apos;s count when it is over 99</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1</source>
        <extracomment>A badge: %1 how many unread messages mention the analyst</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <extracomment>Read by a screen reader after a page&apos;s name in the navigation</extracomment>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n mention(s) of you</source>
        <extracomment>Read by a screen reader after a page&apos;s name: %1 is &quot;N unread&quot;, then the mentions</extracomment>
        <translation>
            <numerusform>%1, %n mention of you</numerusform>
            <numerusform>%1, %n mentions of you</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages of Liaison. Ctrl+1 to Ctrl+4 reach them from anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Tooltip of a page in the navigation: %1 the page, %2 its unread items</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse the navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>No critical-infrastructure sector chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Sector in a list: %1 country code (US, CA), %2 sector name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;LP:</source>
        <extracomment>Traffic Light Protocol marking</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sect&amp;or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::PassphraseStrength</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters</source>
        <extracomment>Passphrase strength; %n is the minimum number of characters</extracomment>
        <translation>
            <numerusform>Too short: use at least %n character</numerusform>
            <numerusform>Too short: use at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak</source>
        <extracomment>Passphrase strength</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <extracomment>Passphrase strength</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <extracomment>Passphrase strength</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a few unrelated words work well</source>
        <translation>
            <numerusform>At least %n character; a few unrelated words work well</numerusform>
            <numerusform>At least %n characters; a few unrelated words work well</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Add more words or characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::ProfileSetupDialog</name>
    <message>
        <source>Welcome to Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison keeps your incidents, messages and contacts in an encrypted profile on this computer. Choose a passphrase to protect it. Nobody, not even an administrator, can recover it if you forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a few unrelated words work well</source>
        <translation>
            <numerusform>At least %n character; a few unrelated words work well</numerusform>
            <numerusform>At least %n characters; a few unrelated words work well</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Profile</source>
        <extracomment>Button that creates the encrypted profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be created. Check that this computer has enough free memory and disk space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile already exists in this folder. Restart Liaison to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Liaison window is using this profile folder. Close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder could not be written. Check its permissions and the free disk space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub (optional: you can enrol later in Settings)</source>
        <extracomment>Group of the first-run dialog: enrolment with a hub, which can wait</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sync with your centre and the partner centre, enter what your hub administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub (already prepared for you)</source>
        <extracomment>Group of the first-run dialog when the enrolment needs nothing from the analyst</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hub is already prepared for you: once the profile is created, this device enrols with %1 with the one-time code your administrator left for it. There is nothing to type.</source>
        <extracomment>%1 is the hub&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::SchedulePage</name>
    <message>
        <source>%1 %2</source>
        <extracomment>The month shown: %1 the month&apos;s name, %2 the year
----------
A centre in the filter: %1 its tag (CA, US), %2 its id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The week shown: %1 its first day, %2 its last</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All centres</source>
        <extracomment>Filter of the Schedule page: no centre filter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <extracomment>Filter of the Schedule page: no person filter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person in the filter: %1 their name, %2 their centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Schedule page: go to today</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <extracomment>Schedule page view</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Schedule page view</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <extracomment>Schedule page view: a list of the coming events</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1</source>
        <extracomment>The zone the Schedule page shows times in; %1 e.g. &quot;Ottawa (EST, UTC−05:00)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::ScheduleReminders</name>
    <message>
        <source>Call reminder</source>
        <extracomment>Tray notification title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts at %2.</source>
        <extracomment>Tray notification: %1 the call&apos;s or visit&apos;s title, %2 when it starts (viewer&apos;s time)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::Sectors</name>
    <message>
        <source>Chemical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defense Industrial Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and Agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcare and Public Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuclear Reactors, Materials, and Waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportation Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water and Wastewater Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy and Utilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information and Communication Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::Session</name>
    <message>
        <source>Enrolment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device could not enrol with the hub: %1</source>
        <extracomment>%1 is the reason, already translated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be opened again: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison — locked</source>
        <extracomment>Tray icon tooltip; %1 is the sync status line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::SettingsDialog</name>
    <message>
        <source>Enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled. This device now syncs with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled: %1</source>
        <extracomment>%1 is the reason, already translated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (hub on this computer, without TLS)</source>
        <extracomment>Shown instead of a fingerprint for a hub on this computer without TLS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Suffix of the auto-lock delay, in minutes (keep the leading space)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Auto-lock delay of 0
----------
Away delay of 0: never shown as away while Liaison is open
----------
Reminders before calls and visits turned off</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without activity before Liaison locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without keyboard or mouse activity for this long, Liaison closes the profile and forgets its keys; your passphrase opens it again where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not enrolled with a hub yet: until it is, it has no analyst identity and syncs nothing. Enter what your hub administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <extracomment>Chat: tray notifications of mentions and direct messages show what was written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not &amp;disturb</source>
        <extracomment>Chat: no tray notifications at all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me as a&amp;way after:</source>
        <extracomment>Chat presence: after this many minutes without keyboard or mouse, others see you away</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without activity before the others see you as away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;mind me before calls and visits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Hub: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Certificate (SHA-256, pinned): %2&lt;br&gt;Analyst: %3&lt;br&gt;Centre: %4&lt;br&gt;This device: &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</source>
        <extracomment>Hub details in Settings; %1 hub address, %2 certificate fingerprint, %3 analyst, %4 centre, %5 device id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <extracomment>Opens the dialog that re-encrypts the profile under a new passphrase</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed: use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::ShareIncidentDialog</name>
    <message>
        <source>Share with the counterpart centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown TLP marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;“%1” is marked &lt;b&gt;%2&lt;/b&gt;. Sharing it sends it, with its indicators and tasks, to the counterpart centre. It cannot be taken back, and your name is recorded as the one who released it.&lt;/p&gt;</source>
        <extracomment>%1 is the incident title, %2 its TLP label, e.g. TLP:AMBER</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal comments to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A comment in the share dialog: %1 author, %2 date, %3 the comment&apos;s text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident has no internal comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its comments are internal to your centre and stay behind. Tick those the counterpart centre should see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) stay in your centre: their marking does not let them leave it.</source>
        <extracomment>%n indicators of the incident marked TLP:AMBER+STRICT (or TLP:RED in an incident that is not) that do not go with it</extracomment>
        <translation>
            <numerusform>%n indicator stays in your centre: its marking does not let it leave it.</numerusform>
            <numerusform>%n indicators stay in your centre: their marking does not let them leave it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::ShareWithPeopleDialog</name>
    <message>
        <source>Share with named people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown TLP marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;“%1” is marked &lt;b&gt;%2&lt;/b&gt;: it never goes to a whole centre. The people you tick receive it, with its indicators, tasks and the comments you share, and nobody else of their centre. Your name is recorded as the one who released it.&lt;/p&gt;</source>
        <extracomment>%1 is the incident title, %2 its TLP label, e.g. TLP:RED</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to share with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person in the share dialog: %1 their name, %2 their centre&apos;s code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analyst of another centre is known yet. They appear here once this device has synced with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the people who should receive it; untick someone to stop sending them what is written from now on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::ShortcutsDialog</name>
    <message>
        <source>, </source>
        <extracomment>Separates two shortcuts of one action</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column of the keyboard shortcuts list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut of Liaison, grouped by menu and window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <extracomment>Group of the keyboard shortcuts list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the control with that underlined letter</source>
        <extracomment>In the keyboard shortcuts list: Alt with a control&apos;s underlined letter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected incident, card or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat message box</source>
        <extracomment>Group of the keyboard shortcuts list: the message box of the Chat page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the reply or edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::SyncEngine</name>
    <message>
        <source>ws:// is only allowed to this computer; use wss://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hub certificate fingerprint to check the hub against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is already enrolled with a hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub address must start with wss://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub certificate fingerprint is missing or incomplete: it has 32 pairs of hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not the one you enrolled with (it presented %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s certificate does not match the fingerprint you were given (it presented %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database could not store what the hub sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub speaks a protocol version this Liaison does not know (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s answer to the enrolment does not fit this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub names a certificate other than the one it presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is ahead of the hub&apos;s; changes wait until it is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the enrolment code: it is unknown, already used or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is busy; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is busy; trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not recognise this device: it may have been revoked, or enrolled with another hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has been revoked by the hub administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub runs a version of Liaison this one cannot talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is connected to the hub too many times at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub asked this device to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the hub was too slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub could not store what this device sent; it will be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the connection</source>
        <extracomment>A hub error this version does not know by name (details are in the log)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLP marking forbids sharing it with another centre</source>
        <extracomment>Ends &quot;The hub refused N of your changes: ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the owner centre may share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another centre&apos;s internal records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record&apos;s owner centre cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record it belongs to is unknown to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not pass the hub&apos;s checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are not on its member list (any more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a team lead of your centre may approve a visit</source>
        <extracomment>Ends &quot;The hub refused N of your changes: ...&quot;: a visit approval by a non-lead</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::TaskListModel</name>
    <message>
        <source>Task</source>
        <extracomment>Column of the tasks table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <extracomment>Column of the tasks table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>Column of the tasks table: the due date</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::TasksTab</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned analysts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysts assigned to this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: the due date must be between 2000 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: a task needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <extracomment>%1 is why, e.g. &quot;The title is too long.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An analyst in the assignee completion: %1 the name, %2 the response centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned: “%1” is not in the directory. Pick an analyst from the list that opens as you type.</source>
        <extracomment>%1 is what the analyst typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned: several analysts are called “%1”. Pick one, with their centre, from the list.</source>
        <extracomment>%1 is a name that several analysts of the directory share</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already assigned.</source>
        <extracomment>%1 is the analyst&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::Translator</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::TypingLine</name>
    <message>
        <source>%1 is typing…</source>
        <extracomment>Under the messages: %1 the name of an analyst typing in this channel</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <extracomment>Under the messages: %1 and %2 the names of two analysts typing in this channel</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people are typing…</source>
        <extracomment>Under the messages: %n analysts (three or more) typing in this channel</extracomment>
        <translation>
            <numerusform>%n person is typing…</numerusform>
            <numerusform>%n people are typing…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::UnlockDialog</name>
    <message>
        <source>Unlock Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <extracomment>Button that opens the encrypted profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be opened. Check that this computer has enough free memory, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is damaged and cannot be opened. Your files were left as they are; restore the profile folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was written by a newer version of Liaison. Install that version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Liaison window already has this profile open. Switch to it, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder does not hold a Liaison profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder could not be read. Check its permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Unlock dialog: %1 is the analyst&apos;s name, %2 the response centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of your Liaison profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of the profile of %1.</source>
        <extracomment>Unlock dialog: %1 is who the profile belongs to, e.g. &quot;Marie Tremblay, CCIRC&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Liaison locked itself after %n minute(s) without activity: the profile is closed and its keys are forgotten. %1</source>
        <extracomment>%n minutes of inactivity; %1 asks for the passphrase</extracomment>
        <translation>
            <numerusform>Liaison locked itself after %n minute without activity: the profile is closed and its keys are forgotten. %1</numerusform>
            <numerusform>Liaison locked itself after %n minutes without activity: the profile is closed and its keys are forgotten. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Liaison is locked: the profile is closed and its keys are forgotten. %1</source>
        <extracomment>%1 asks for the passphrase</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile folder: %1</source>
        <extracomment>Tooltip of the unlock dialog&apos;s text; %1 is the profile folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::VisitDialog</name>
    <message>
        <source>New item</source>
        <extracomment>A new agenda item&apos;s title, to be edited</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <extracomment>Asking why a visit is cancelled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the visit cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Agenda column: the time of the item on the host&apos;s clock; %1 the host&apos;s city</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <extracomment>Agenda column: the item&apos;s time in the viewer&apos;s zone; %1 the viewer&apos;s city</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not exist on the host’s clock</source>
        <extracomment>An agenda time that clocks skip (spring forward)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (host %3, here %4)</source>
        <extracomment>An agenda item in the viewer&apos;s zone: %1 start, %2 end, %3 host offset, %4 the viewer&apos;s offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: approved by %2 on %3</source>
        <extracomment>Who approved a visit for a centre: %1 the centre, %2 the team lead, %3 when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting for a team lead’s approval</source>
        <extracomment>A centre whose team lead has not approved the visit yet; %1 the centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <extracomment>The visit&apos;s state in its editor; %1 e.g. &quot;Proposed&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <extracomment>%1 the status, %2 why it was cancelled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>A warning of the visit editor, in a list; %1 the sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;isitors:</source>
        <extracomment>The analysts who travel to the host centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel days &amp;before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel days &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked i&amp;ncidents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ropose</source>
        <extracomment>Visit workflow: send the draft to the other centre for approval</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <extracomment>Visit workflow: a team lead approves for their centre</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <extracomment>Visit workflow: the visit took place</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda as PDF…</source>
        <extracomment>Saves the visit&apos;s agenda (days, visitors, approvals, items) as a PDF file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agenda as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <extracomment>File type filter in the save dialog</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::WeekView</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A column of the week view: %1 the weekday, %2 the date</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Incident board, secure chat and visit scheduling for partner response centres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in folder &lt;dir&gt;.</source>
        <extracomment>Command-line help; &lt;dir&gt; is the option&apos;s argument and stays as is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol with the hub at &lt;url&gt; (wss://host:port).</source>
        <extracomment>Command-line help; &lt;url&gt; is the option&apos;s argument and stays as is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub certificate&apos;s SHA-256 fingerprint, as the hub administrator gave it to you.</source>
        <extracomment>Command-line help; &lt;sha256&gt; is the option&apos;s argument and stays as is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the one-time enrolment code from &lt;file&gt; (deleted once used).</source>
        <extracomment>Command-line help; &lt;file&gt; is the option&apos;s argument and stays as is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a throwaway local hub with two centres and open one window per centre&apos;s analyst, with demo incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
