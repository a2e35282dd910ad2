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
        <translation>
            <numerusform>Invite from %1. SecureChat tries %n address and accepts only the key %2.</numerusform>
            <numerusform>Invite from %1. SecureChat tries %n addresses and accepts only the key %2.</numerusform>
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
<context>
    <name>securechat::gui::SearchPanel</name>
    <message numerus="yes">
        <source>The newest %n messages found; add words to narrow it down.</source>
        <translation>
            <numerusform>The newest %n message found; add words to narrow it down.</numerusform>
            <numerusform>The newest %n messages found; add words to narrow it down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages found: %n</source>
        <translation>
            <numerusform>Messages found: %n</numerusform>
            <numerusform>Messages found: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>securechat::gui::TransferText</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
</context>
</TS>
