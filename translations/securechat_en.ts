<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>securechat::gui::ConversationListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>securechat::gui::HostConnectDialog</name>
    <message numerus="yes">
        <source>Invite from %1. SecureChat tries %n address(es) and accepts only the key %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>securechat::gui::MainWindow</name>
    <message numerus="yes">
        <source>For %n &amp;days…</source>
        <translation>
            <numerusform>For %n &amp;day…</numerusform>
            <numerusform>For %n &amp;days…</numerusform>
        </translation>
    </message>
</context>
</TS>
