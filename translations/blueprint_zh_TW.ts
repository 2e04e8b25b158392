<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>bp::AtomicSave</name>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>無法建立檔案</translation>
    </message>
    <message>
        <source>Cannot save %1: writing failed</source>
        <translation>無法儲存 %1：寫入失敗</translation>
    </message>
    <message>
        <source>Cannot save %1: the disk is full or the file is too large (%2 of %3 bytes written)</source>
        <translation>無法儲存 %1：磁碟已滿或檔案過大（%3 位元組中僅寫入 %2 位元組）</translation>
    </message>
    <message>
        <source>Cannot save %1: the file could not be replaced</source>
        <translation>無法儲存 %1：無法取代原檔案</translation>
    </message>
</context>
<context>
    <name>bp::Cli</name>
    <message>
        <source>blueprint: unknown command &apos;%1&apos;</source>
        <translation>blueprint: 未知的指令「%1」</translation>
    </message>
    <message>
        <source>Writes a synthetic, valid blueprint of N steps over the five standard lanes, for benchmarks and tests. The same seed gives the same file.</source>
        <translation>在五條標準泳道上產生一份含 N 個步驟的有效合成服務藍圖，供效能評測與測試使用。相同的種子會產生相同的檔案。</translation>
    </message>
    <message>
        <source>Number of steps (2 or more).</source>
        <translation>步驟數（至少為 2）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>隨機種子（預設為 1）。</translation>
    </message>
    <message>
        <source>Output file (&apos;-&apos; or none: standard output).</source>
        <translation>輸出檔案（為「-」或省略時輸出至標準輸出）。</translation>
    </message>
    <message>
        <source>blueprint generate: unexpected argument &apos;%1&apos;</source>
        <translation>blueprint generate: 非預期的引數「%1」</translation>
    </message>
    <message>
        <source>blueprint generate: --steps is required</source>
        <translation>blueprint generate: 必須指定 --steps</translation>
    </message>
    <message>
        <source>blueprint generate: --steps must be a whole number from 2 to %1</source>
        <translation>blueprint generate: --steps 必須是 2 到 %1 之間的整數</translation>
    </message>
    <message>
        <source>blueprint generate: --seed must be a whole number of 0 or more</source>
        <translation>blueprint generate: --seed 必須是大於或等於 0 的整數</translation>
    </message>
    <message>
        <source>blueprint generate: cannot write to standard output</source>
        <translation>blueprint generate: 無法寫入標準輸出</translation>
    </message>
    <message>
        <source>%1: %2 steps written</source>
        <translation>%1: 已寫入 %2 個步驟</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>顯示此說明。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>顯示版本資訊。</translation>
    </message>
    <message>
        <source>Loads each file and prints its errors and warnings as file:line:column: severity: message.</source>
        <translation>載入每個檔案，並以 file:line:column: severity: message 的格式輸出其中的錯誤與警告。</translation>
    </message>
    <message>
        <source>Blueprint files to check.</source>
        <translation>要檢查的服務藍圖檔案。</translation>
    </message>
    <message>
        <source>Usage: blueprint validate [--max-file-size MB] FILE...</source>
        <translation>用法：blueprint validate [--max-file-size MB] FILE...</translation>
    </message>
    <message>
        <source>blueprint validate: no file given</source>
        <translation>blueprint validate: 未指定檔案</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more message(s) not shown</source>
        <translation>
            <numerusform>%1: 另有 %n 則訊息未顯示</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid: %2 steps, %3 flows, %4 lanes, %5 warning(s)</source>
        <translation>%1: 有效：%2 個步驟、%3 條連線、%4 條泳道、%5 個警告</translation>
    </message>
    <message>
        <source>%1: not valid: %2 error(s)</source>
        <translation>%1: 無效：%2 個錯誤</translation>
    </message>
    <message>
        <source>Usage: blueprint COMMAND [options] [FILE...]

Commands:
  validate FILE...           check files; print errors and warnings
  generate --steps N [--seed S] [-o OUT]
                             write a synthetic blueprint of N steps

Options of every command: --help, --version.
Run &apos;blueprint COMMAND --help&apos; for the options of a command.
Exit status: 0 success, 1 problems found (--fail-on), 2 bad usage or a file
that cannot be read or written.
</source>
        <translation>用法：blueprint COMMAND [options] [FILE...]

指令：
  validate FILE...           檢查檔案；列出錯誤與警告
  generate --steps N [--seed S] [-o OUT]
                             寫出一個含 N 個步驟的合成藍圖

每個指令都有的選項：--help、--version。
執行 &apos;blueprint COMMAND --help&apos; 查看某個指令的選項。
結束狀態：0 成功，1 發現問題（--fail-on），2 用法錯誤或檔案無法讀取或寫入。
</translation>
    </message>
    <message>
        <source>Usage: blueprint generate --steps N [--seed S] [-o OUT]</source>
        <translation>用法：blueprint generate --steps N [--seed S] [-o OUT]</translation>
    </message>
    <message>
        <source>Maximum file size to read, in MB (default 50).</source>
        <translation>可讀取的最大檔案大小，單位 MB（預設 50）。</translation>
    </message>
    <message>
        <source>blueprint validate: --max-file-size must be a number of MB greater than 0 and at most 4096</source>
        <translation>blueprint validate: --max-file-size 必須是大於 0 且不超過 4096 的 MB 數</translation>
    </message>
</context>
<context>
    <name>bp::DocumentCommands</name>
    <message>
        <source>Add pool</source>
        <translation>新增資源池</translation>
    </message>
    <message>
        <source>Remove pool</source>
        <translation>移除資源池</translation>
    </message>
    <message>
        <source>Change pool</source>
        <translation>變更資源池</translation>
    </message>
    <message>
        <source>Change demand</source>
        <translation>變更需求</translation>
    </message>
</context>
<context>
    <name>bp::DocumentIo</name>
    <message>
        <source>%1: the file could not be read.</source>
        <translation>%1: 無法讀取該檔案。</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>無法儲存 %1。</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>有形展示</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>顧客行為</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>前台接觸員工行為</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>後台接觸員工行為</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>支援流程</translation>
    </message>
</context>
<context>
    <name>bp::LaneCommands</name>
    <message>
        <source>Add lane</source>
        <translation>新增泳道</translation>
    </message>
    <message>
        <source>Remove lane</source>
        <translation>移除泳道</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>移動泳道</translation>
    </message>
</context>
<context>
    <name>bp::Main</name>
    <message>
        <source>Blueprint Studio: service blueprint editor.</source>
        <translation>Blueprint Studio：服務藍圖編輯器。</translation>
    </message>
    <message>
        <source>Blueprint file to open.</source>
        <translation>要開啟的服務藍圖檔案。</translation>
    </message>
    <message>
        <source>blueprint-studio: expected at most one file; see --help.</source>
        <translation>blueprint-studio: 最多只能指定一個檔案；請參閱 --help。</translation>
    </message>
    <message>
        <source>blueprint-studio: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).
Run it under a virtual display: xvfb-run -a %1 FILE
</source>
        <translation>blueprint-studio：找不到顯示器（DISPLAY 與 WAYLAND_DISPLAY 皆未設定）。
請在虛擬顯示器中執行：xvfb-run -a %1 FILE
</translation>
    </message>
</context>
<context>
    <name>bp::MainWindow</name>
    <message>
        <source>Blueprints (*.blueprint);;All files (*)</source>
        <translation>服務藍圖 (*.blueprint);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>符合視窗大小(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Blueprint Studio</source>
        <translation>關於 Blueprint Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Open Blueprint</source>
        <translation>開啟服務藍圖</translation>
    </message>
    <message>
        <source>%1 could not be opened. The current blueprint is unchanged.</source>
        <translation>無法開啟 %1。目前的藍圖維持不變。</translation>
    </message>
    <message>
        <source>… and 1 more error</source>
        <translation>… 另有 1 個錯誤</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more errors</source>
        <translation>
            <numerusform>… 另有 %n 個錯誤</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded with 1 warning</source>
        <translation>已載入，有 1 個警告</translation>
    </message>
    <message numerus="yes">
        <source>Loaded with %n warnings</source>
        <translation>
            <numerusform>已載入，有 %n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>已載入 %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Save Blueprint As</source>
        <translation>另存服務藍圖</translation>
    </message>
    <message>
        <source>Save Blueprint</source>
        <translation>儲存服務藍圖</translation>
    </message>
    <message>
        <source>The blueprint was not saved.</source>
        <translation>服務藍圖未儲存。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation>是否要儲存對 %1 所做的變更？</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>如果不儲存，您所做的變更將會遺失。</translation>
    </message>
    <message>
        <source>About Blueprint Studio</source>
        <translation>關於 Blueprint Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Blueprint Studio %1&lt;/h3&gt;&lt;p&gt;A service blueprint editor with queueing and failure analysis.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Blueprint Studio %1&lt;/h3&gt;&lt;p&gt;具備排隊分析與失誤分析功能的服務藍圖編輯器。&lt;/p&gt;&lt;p&gt;使用 Qt %2 建置。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*] — Blueprint Studio</source>
        <translation>%1[*] — Blueprint Studio</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <comment>step count, flow count</comment>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 個步驟</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n 個步驟</numerusform>
        </translation>
    </message>
    <message>
        <source>1 flow</source>
        <translation>1 條連線</translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n 條連線</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>bp::NativeReader</name>
    <message>
        <source>the file is not well-formed XML: a tag is not recognised</source>
        <translation>檔案不是格式正確的 XML：無法辨識某個標籤</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: a processing instruction or the XML declaration is broken</source>
        <translation>檔案不是格式正確的 XML：處理指令或 XML 宣告格式錯誤</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: a comment is not closed</source>
        <translation>檔案不是格式正確的 XML：註解未閉合</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: a CDATA section is not closed</source>
        <translation>檔案不是格式正確的 XML：CDATA 區段未閉合</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: the DOCTYPE is broken</source>
        <translation>檔案不是格式正確的 XML：DOCTYPE 格式錯誤</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: text is broken</source>
        <translation>檔案不是格式正確的 XML：文字內容格式錯誤</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: a start tag is broken or not closed</source>
        <translation>檔案不是格式正確的 XML：起始標籤格式錯誤或未閉合</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: an attribute is broken (missing quotes or &apos;=&apos;)</source>
        <translation>檔案不是格式正確的 XML：某個屬性格式錯誤（缺少引號或「=」）</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: an end tag is broken</source>
        <translation>檔案不是格式正確的 XML：結束標籤格式錯誤</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: an end tag does not match its start tag, or the file ends too early</source>
        <translation>檔案不是格式正確的 XML：結束標籤與起始標籤不相符，或檔案提前結束</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: content outside the root element</source>
        <translation>檔案不是格式正確的 XML：根元素之外有內容</translation>
    </message>
    <message>
        <source>the file contains no XML element</source>
        <translation>檔案中沒有任何 XML 元素</translation>
    </message>
    <message>
        <source>not enough memory to read the file</source>
        <translation>記憶體不足，無法讀取檔案</translation>
    </message>
    <message>
        <source>the file is not well-formed XML</source>
        <translation>檔案不是格式正確的 XML</translation>
    </message>
    <message>
        <source>the file has more than one root element</source>
        <translation>檔案包含多個根元素</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>根元素之外有文字</translation>
    </message>
    <message>
        <source>this is not a blueprint file: the root element is &lt;%1&gt;, expected &lt;blueprint&gt;</source>
        <translation>這不是服務藍圖檔案：根元素為 &lt;%1&gt;，應為 &lt;blueprint&gt;</translation>
    </message>
    <message>
        <source>&lt;blueprint&gt; is not in the namespace %1 (found %2)</source>
        <translation>&lt;blueprint&gt; 不在命名空間 %1 中（實際為 %2）</translation>
    </message>
    <message>
        <source>no namespace</source>
        <translation>無命名空間</translation>
    </message>
    <message>
        <source>&lt;blueprint&gt; has no version attribute</source>
        <translation>&lt;blueprint&gt; 缺少 version 屬性</translation>
    </message>
    <message>
        <source>this file uses format version %1, which is newer than this program reads (version 1); open it with a newer Blueprint Studio</source>
        <translation>此檔案使用格式版本 %1，比本程式可讀取的版本（版本 1）更新；請使用較新版本的 Blueprint Studio 開啟</translation>
    </message>
    <message>
        <source>more than one &lt;description&gt; in &lt;blueprint&gt;</source>
        <translation>&lt;blueprint&gt; 中有多個 &lt;description&gt;</translation>
    </message>
    <message>
        <source>more than one &lt;demand&gt; element</source>
        <translation>有多個 &lt;demand&gt; 元素</translation>
    </message>
    <message>
        <source>the blueprint has more than %1 steps, the most this program opens</source>
        <translation>服務藍圖的步驟超過 %1 個，超出本程式可開啟的上限</translation>
    </message>
    <message>
        <source>flow %1 has more than %2 points</source>
        <translation>連線 %1 的轉折點超過 %2 個</translation>
    </message>
    <message>
        <source>step %1 is in lane %2, which does not exist</source>
        <translation>步驟 %1 位於泳道 %2，但該泳道不存在</translation>
    </message>
    <message>
        <source>step %1 uses pool %2, which does not exist</source>
        <translation>步驟 %1 使用資源池 %2，但該資源池不存在</translation>
    </message>
    <message>
        <source>the blueprint has %1 steps; editing is slower above %2</source>
        <translation>服務藍圖有 %1 個步驟；步驟超過 %2 個時編輯速度會變慢</translation>
    </message>
    <message>
        <source>duplicate id %1 (first used on line %2)</source>
        <translation>id %1 重複（首次使用於第 %2 行）</translation>
    </message>
    <message>
        <source>flow %1 comes from step %2, which does not exist</source>
        <translation>連線 %1 的起點步驟 %2 不存在</translation>
    </message>
    <message>
        <source>flow %1 goes to step %2, which does not exist</source>
        <translation>連線 %1 的終點步驟 %2 不存在</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;%2&gt; is skipped and will not be saved</source>
        <translation>&lt;%2&gt; 中的未知元素 &lt;%1&gt; 已略過，且不會儲存</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; from another namespace is kept as it is</source>
        <translation>來自其他命名空間的元素 &lt;%1&gt; 將原樣保留</translation>
    </message>
    <message>
        <source>attribute %1 from another namespace is kept as it is</source>
        <translation>來自其他命名空間的屬性 %1 將原樣保留</translation>
    </message>
    <message>
        <source>unknown attribute %1 on &lt;%2&gt; is kept but not used</source>
        <translation>&lt;%2&gt; 上的未知屬性 %1 會保留，但不會使用</translation>
    </message>
    <message>
        <source>%1=%2 is not a number</source>
        <translation>%1=%2 不是數字</translation>
    </message>
    <message>
        <source>%1=%2 is out of range: it must be from %3 to %4</source>
        <translation>%1=%2 超出範圍：必須介於 %3 與 %4 之間</translation>
    </message>
    <message>
        <source>%1=%2 must be a whole number from 1 to 10</source>
        <translation>%1=%2 必須是 1 到 10 之間的整數</translation>
    </message>
    <message>
        <source>servers=%1 must be a whole number from 1 to %2, or inf</source>
        <translation>servers=%1 必須是 1 到 %2 之間的整數，或為 inf</translation>
    </message>
    <message>
        <source>%1=%2 must be true or false</source>
        <translation>%1=%2 必須是 true 或 false</translation>
    </message>
    <message>
        <source>id %1 is not valid: an id has 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, and starts with a letter or &apos;_&apos;</source>
        <translation>id %1 無效：id 須由 1 到 64 個字母、數字、「_」、「.」或「-」組成，並以字母或「_」開頭</translation>
    </message>
    <message>
        <source>%1=%2 is not a valid id</source>
        <translation>%1=%2 不是有效的 id</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no id</source>
        <translation>&lt;%1&gt; 缺少 id 屬性</translation>
    </message>
    <message>
        <source>%1=%2 is not one of: %3</source>
        <translation>%1=%2 不是下列值之一：%3</translation>
    </message>
    <message>
        <source>the file is %1 MB, larger than the limit of %2 MB</source>
        <translation>檔案大小為 %1 MB，超過 %2 MB 的上限</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte 0x%1)</source>
        <translation>檔案不是有效的 UTF-8 文字（位元組 0x%1）</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>元素巢狀超過 %1 層</translation>
    </message>
    <message>
        <source>control character U+%1 is not allowed in an XML file</source>
        <translation>XML 檔案中不允許出現控制字元 U+%1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>這是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>無法開啟檔案：%1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <source>control characters in %1 were removed</source>
        <translation>已移除 %1 中的控制字元</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3</source>
        <translation>%1 長度為 %2 個字元，超過 %3 個字元的上限</translation>
    </message>
    <message>
        <source>attribute %1 is given twice on &lt;%2&gt;</source>
        <translation>&lt;%2&gt; 上的屬性 %1 出現了兩次</translation>
    </message>
    <message>
        <source>version=%1 is not a valid format version number</source>
        <translation>version=%1 不是有效的格式版本號</translation>
    </message>
    <message>
        <source>lane %1 has no kind attribute</source>
        <translation>泳道 %1 缺少 kind 屬性</translation>
    </message>
    <message>
        <source>pool %1 has no servers attribute</source>
        <translation>資源池 %1 缺少 servers 屬性</translation>
    </message>
    <message>
        <source>step %1 has no lane attribute</source>
        <translation>步驟 %1 缺少 lane 屬性</translation>
    </message>
    <message>
        <source>flow %1 has no from attribute</source>
        <translation>連線 %1 缺少 from 屬性</translation>
    </message>
    <message>
        <source>flow %1 has no to attribute</source>
        <translation>連線 %1 缺少 to 屬性</translation>
    </message>
</context>
<context>
    <name>bp::Painters</name>
    <message>
        <source>s</source>
        <comment>unit: seconds</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>min</source>
        <comment>unit: minutes</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <comment>unit: hours</comment>
        <translation>h</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>duration: number, unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>有形展示</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>後台</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支援流程</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>LINE OF INTERACTION</source>
        <translation>互動分界線</translation>
    </message>
    <message>
        <source>LINE OF VISIBILITY</source>
        <translation>可視分界線</translation>
    </message>
    <message>
        <source>LINE OF INTERNAL INTERACTION</source>
        <translation>內部互動分界線</translation>
    </message>
</context>
<context>
    <name>bp::Validation</name>
    <message>
        <source>step %1 has no time given</source>
        <translation>步驟 %1 未指定時間</translation>
    </message>
    <message>
        <source>step %1 uses pool %2, so its own servers are ignored</source>
        <translation>步驟 %1 使用資源池 %2，因此忽略該步驟本身的服務台數（servers）</translation>
    </message>
    <message>
        <source>step %1 has only some of severity, occurrence and detection; FMEA needs all three</source>
        <translation>步驟 %1 只提供了嚴重度（severity）、發生度（occurrence）與偵測度（detection）中的部分項目；FMEA 需要三項全部提供</translation>
    </message>
    <message>
        <source>evidence flow %1 links no evidence step</source>
        <translation>有形展示連線 %1 沒有連接任何有形展示步驟</translation>
    </message>
    <message>
        <source>step %1 has %2 outgoing flows but %3 of them give no probability</source>
        <translation>步驟 %1 有 %2 條流出連線，但其中 %3 條未指定機率</translation>
    </message>
    <message>
        <source>the probabilities of the flows leaving step %1 add up to %2, not 1</source>
        <translation>從步驟 %1 流出的各連線機率總和為 %2，而非 1</translation>
    </message>
    <message>
        <source>the blueprint has no start step</source>
        <translation>服務藍圖沒有起始步驟</translation>
    </message>
    <message>
        <source>the blueprint has no end step</source>
        <translation>服務藍圖沒有結束步驟</translation>
    </message>
</context>
</TS>
