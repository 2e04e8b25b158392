<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>bp::ActionPriority</name>
    <message>
        <source>the %1 range %2 runs backwards; write it as %3-%4</source>
        <translation>%1 範圍 %2 的順序顛倒了；請寫成 %3-%4</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to 10, a range such as 9-10, or *; found %2</source>
        <translation>%1 必須是 1 到 10 之間的整數、範圍（如 9-10）或 *；實際為 %2</translation>
    </message>
    <message>
        <source>the first line must be the header &quot;severity,occurrence,detection,ap&quot;</source>
        <translation>第一行必須是標題列 &quot;severity,occurrence,detection,ap&quot;</translation>
    </message>
    <message>
        <source>a row needs 4 fields (severity, occurrence, detection, ap); this one has %1</source>
        <translation>每列需要 4 個欄位（severity、occurrence、detection、ap）；此列有 %1 個</translation>
    </message>
    <message>
        <source>ap must be H, M or L; found %1</source>
        <translation>ap 必須是 H、M 或 L；實際為 %1</translation>
    </message>
    <message>
        <source>the file has no header and no rows</source>
        <translation>檔案既沒有標題列，也沒有資料列</translation>
    </message>
    <message>
        <source>the table gives no priority for severity %1, occurrence %2, detection %3</source>
        <translation>該表沒有提供嚴重度 %1、發生度 %2、偵測度 %3 所對應的措施優先等級</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
</context>
<context>
    <name>bp::AnalysisOverlay</name>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Fail point without recovery</source>
        <translation>失誤點（無補救）</translation>
    </message>
    <message>
        <source>Fail point with recovery</source>
        <translation>失誤點（有補救）</translation>
    </message>
    <message>
        <source>Wait point: wait over tolerance</source>
        <translation>等待點：等待時間超過容忍時間</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>瓶頸</translation>
    </message>
    <message>
        <source>Utilisation ρ (fill and badge)</source>
        <translation>利用率 ρ（填色與標記）</translation>
    </message>
    <message>
        <source>Unstable: ρ ≥ 1 (thick outline)</source>
        <translation>不穩定：ρ ≥ 1（粗外框線）</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>關鍵路徑</translation>
    </message>
    <message>
        <source>Analysis overlay</source>
        <translation>分析疊加層</translation>
    </message>
</context>
<context>
    <name>bp::AnalysisSettingsDialog</name>
    <message>
        <source>Analysis Settings</source>
        <translation>分析設定</translation>
    </message>
    <message>
        <source>Automatic (exact when exponential, else Allen–Cunneen)</source>
        <translation>自動（指數分布時採精確模型，否則採 Allen–Cunneen）</translation>
    </message>
    <message>
        <source>Exact M/M/c (Erlang C)</source>
        <translation>精確 M/M/c（Erlang C）</translation>
    </message>
    <message>
        <source>Allen–Cunneen with QNA arrivals</source>
        <translation>Allen–Cunneen 搭配 QNA 到達過程</translation>
    </message>
    <message>
        <source>Allen–Cunneen with Poisson arrivals</source>
        <translation>Allen–Cunneen（卜瓦松到達）</translation>
    </message>
    <message>
        <source>Sakasegawa with QNA arrivals</source>
        <translation>Sakasegawa 搭配 QNA 到達過程</translation>
    </message>
    <message>
        <source>80, 100, 120 and 125 are common choices</source>
        <translation>常用值為 80、100、120 與 125</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of customers who should wait no longer than a step&apos;s tolerance</source>
        <translation>等待時間不超過步驟容忍時間的顧客應占的比例</translation>
    </message>
    <message>
        <source>&amp;Wait model:</source>
        <translation>等待模型(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Busy from utilisation:</source>
        <translation>「忙碌」利用率門檻(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;High from utilisation:</source>
        <translation>「利用率偏高」門檻(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Critical from utilisation:</source>
        <translation>「臨界利用率」門檻(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Target utilisation (servers needed):</source>
        <translation>目標利用率（用於計算所需服務台數）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;RPN threshold:</source>
        <translation>RPN 門檻(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Severity threshold:</source>
        <translation>嚴重度門檻(&amp;S)：</translation>
    </message>
    <message>
        <source>Target service &amp;level:</source>
        <translation>目標服務水準(&amp;L)：</translation>
    </message>
    <message>
        <source>These settings belong to this document: they are saved in its file, and Undo takes a change back. New documents start from the defaults of the analysis specification.</source>
        <translation>這些設定屬於本文件：它們儲存在檔案中，可以用「復原」撤回變更。新文件從分析規範的預設值開始。</translation>
    </message>
    <message>
        <source>8 hours (default)</source>
        <translation>8 小時（預設）</translation>
    </message>
    <message>
        <source>How far ahead to show the backlog of an overloaded step (UNSTABLE)</source>
        <translation>顯示過載步驟（UNSTABLE）積壓量時向前推算的時長</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>A customer passed back and forth between lanes within this many consecutive steps is a ping-pong handoff</source>
        <translation>顧客在這麼多個連續步驟之內在泳道之間來回傳遞，即視為來回交接</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Report flexible routing when pooling the servers would raise the capacity by more than this factor</source>
        <translation>當合併服務台能使產能提高超過此倍數時，報告彈性路由</translation>
    </message>
    <message>
        <source>Utilisations this close (relative) are a tie: both steps are bottlenecks</source>
        <translation>使用率相差在此範圍內（相對值）即視為並列：兩個步驟都是瓶頸</translation>
    </message>
    <message>
        <source>How far the probabilities leaving a step may miss 1 before it is an error</source>
        <translation>離開一個步驟的機率總和與 1 相差多少以內仍不算錯誤</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>Backlog &amp;horizon:</source>
        <translation>積壓推算時長(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Ping-pong window:</source>
        <translation>來回交接區間(&amp;P)：</translation>
    </message>
    <message>
        <source>Flexible-routing &amp;gain:</source>
        <translation>彈性路由效益(&amp;G)：</translation>
    </message>
    <message>
        <source>T&amp;ie tolerance:</source>
        <translation>並列容差(&amp;I)：</translation>
    </message>
    <message>
        <source>Probabilit&amp;y tolerance:</source>
        <translation>機率容差(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>bp::AnalysisUi</name>
    <message>
        <source>Analysis &amp;Overlay</source>
        <translation>分析疊加層(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Critical Path</source>
        <translation>關鍵路徑(&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>分析(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>立即執行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Simulate…</source>
        <translation>模擬(&amp;S)…</translation>
    </message>
    <message>
        <source>Analysis S&amp;ettings…</source>
        <translation>分析設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Load Action &amp;Priority Table…</source>
        <translation>載入措施優先等級表(&amp;P)…</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>分析中…</translation>
    </message>
    <message>
        <source>Analysis: fix the errors to see figures</source>
        <translation>分析：請修正錯誤以查看數值</translation>
    </message>
    <message>
        <source>Bottleneck: %1 (ρ %2)</source>
        <translation>瓶頸：%1（ρ %2）</translation>
    </message>
    <message>
        <source>Flow time %1 min</source>
        <translation>流程時間 %1 min</translation>
    </message>
    <message>
        <source>Load Action Priority Table</source>
        <translation>載入措施優先等級表</translation>
    </message>
    <message>
        <source>Action Priority tables (*.csv);;All files (*)</source>
        <translation>措施優先等級表 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 was not loaded.</source>
        <translation>未載入 %1。</translation>
    </message>
    <message>
        <source>Action Priority table %1 loaded</source>
        <translation>已載入措施優先等級表 %1</translation>
    </message>
    <message>
        <source>Change analysis settings</source>
        <translation>變更分析設定</translation>
    </message>
</context>
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
    <name>bp::AutoArrange</name>
    <message>
        <source>Auto-arrange</source>
        <translation>自動排列</translation>
    </message>
</context>
<context>
    <name>bp::Backup</name>
    <message>
        <source>Could not read %1 to keep a backup of it: %2</source>
        <translation>無法讀取 %1 以保留備份：%2</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>無法建立備份資料夾 %1。</translation>
    </message>
</context>
<context>
    <name>bp::BpmnReader</name>
    <message>
        <source>id %1 is not a valid blueprint id or is used twice; it is imported as %2</source>
        <translation>id %1 不是有效的服務藍圖 id，或重複使用；將以 %2 匯入</translation>
    </message>
    <message>
        <source>the file has no process to import</source>
        <translation>檔案中沒有可匯入的流程</translation>
    </message>
    <message>
        <source>pool %1 refers to process %2, which is not in the file</source>
        <translation>池 %1 參照的流程 %2 不在檔案中</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>流程 %1</translation>
    </message>
    <message>
        <source>the file has more than %1 steps to import</source>
        <translation>檔案中要匯入的步驟超過 %1 個</translation>
    </message>
    <message>
        <source>step %1 uses pool %2, which is not in the file; the step keeps its own servers</source>
        <translation>步驟 %1 使用資源池 %2，但該資源池不在檔案中；該步驟保留本身的服務台數</translation>
    </message>
    <message>
        <source>%1 is not imported</source>
        <translation>%1 未匯入</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 %2 is not imported: its source %3</source>
        <translation>%1 %2 未匯入：其來源元素 %3</translation>
    </message>
    <message>
        <source>%1 %2 is not imported: its target %3</source>
        <translation>%1 %2 未匯入：其目標元素 %3</translation>
    </message>
    <message>
        <source>parallel gateway %1 both joins and splits; it is imported as a fork</source>
        <translation>平行閘道 %1 同時匯合與分岔；將以平行分岔匯入</translation>
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
        <source>the file contains no XML element</source>
        <translation>檔案中沒有任何 XML 元素</translation>
    </message>
    <message>
        <source>this is not a BPMN 2.0 file: the root element is &lt;%1&gt;, not &lt;definitions&gt; in the namespace %2</source>
        <translation>這不是 BPMN 2.0 檔案：根元素為 &lt;%1&gt;，而非命名空間 %2 中的 &lt;definitions&gt;</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>檔案不是有效的 UTF-16 文字</translation>
    </message>
    <message>
        <source>the file is in the encoding %1, which is not supported; save it as UTF-8</source>
        <translation>檔案使用的編碼 %1 不受支援；請將其另存為 UTF-8</translation>
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
        <source>id %1 is used twice (first at line %2)</source>
        <translation>id %1 重複使用（首次出現在第 %2 行）</translation>
    </message>
    <message>
        <source>&lt;%1&gt; %2 is not imported</source>
        <translation>&lt;%1&gt; %2 未匯入</translation>
    </message>
    <message>
        <source>pool %1 has no process (a black box) and is not imported</source>
        <translation>池 %1 沒有流程（黑箱池），未匯入</translation>
    </message>
    <message>
        <source>message flow %1 between pools is not imported</source>
        <translation>池之間的訊息流 %1 未匯入</translation>
    </message>
    <message>
        <source>intermediate event %1 is imported as an action step with no time</source>
        <translation>中間事件 %1 以未指定時間的活動步驟匯入</translation>
    </message>
    <message>
        <source>&lt;%1&gt; %2 is imported as an exclusive decision (one branch is taken)</source>
        <translation>&lt;%1&gt; %2 以互斥決策匯入（只走一個分支）</translation>
    </message>
    <message>
        <source>boundary event %1 is not imported; the flows leaving it leave the activity it is attached to, as failure flows</source>
        <translation>邊界事件 %1 未匯入；從它流出的連線改為從其所附加的活動流出，作為失誤連線</translation>
    </message>
    <message>
        <source>association %1 is not imported</source>
        <translation>關聯 %1 未匯入</translation>
    </message>
    <message>
        <source>data object %1 is not imported</source>
        <translation>資料物件 %1 未匯入</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; %2 is not imported</source>
        <translation>未知元素 &lt;%1&gt; %2 未匯入</translation>
    </message>
    <message>
        <source>lane %1 inside sub-process %2 is not imported</source>
        <translation>子流程 %2 中的泳道 %1 未匯入</translation>
    </message>
    <message>
        <source>&lt;%1&gt; %2 inside sub-process %3 is not imported: a sub-process is imported as one step</source>
        <translation>子流程 %3 中的 &lt;%1&gt; %2 未匯入：子流程會以單一步驟匯入</translation>
    </message>
    <message>
        <source>the diagram position of %1 is ignored: %2=%3 is not a number from %4 to %5</source>
        <translation>已忽略 %1 在圖面上的位置：%2=%3 不是 %4 到 %5 之間的數字</translation>
    </message>
    <message>
        <source>blueprint attribute %1=%2 is not valid and is ignored</source>
        <translation>服務藍圖屬性 %1=%2 無效，已忽略</translation>
    </message>
    <message>
        <source>%1; the utilisation bands are ignored</source>
        <translation>%1；已忽略利用率區間設定</translation>
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
        <source>Maximum file size to read, in MB (default 50).</source>
        <translation>可讀取的最大檔案大小，單位 MB（預設 50）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s): </source>
        <translation>
            <numerusform>%1: %n 項分析結果：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 info</source>
        <translation>%1 個錯誤、%2 個警告、%3 個提示</translation>
    </message>
    <message>
        <source>Times in minutes, rates per hour; waits by %1.</source>
        <translation>時間單位為分鐘，速率單位為每小時；等待時間依 %1 計算。</translation>
    </message>
    <message>
        <source>Demand: %1   capacity: %2   bottleneck: %3 (%4 busy)</source>
        <translation>需求：%1   服務產能：%2   瓶頸：%3（利用率 %4）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Flow time: %1 (without waiting %2, efficiency %3), customers in the service: %4</source>
        <translation>流程時間：%1（不含等待 %2，效率 %3），系統內顧客數：%4</translation>
    </message>
    <message>
        <source>Critical path (worst case): %1 min</source>
        <translation>關鍵路徑（最壞情況）：%1 min</translation>
    </message>
    <message>
        <source>Failure events per customer: %1   failure-free journeys: %2</source>
        <translation>每位顧客的失誤次數：%1   無失誤全程比例：%2</translation>
    </message>
    <message>
        <source>Line crossings per customer: interaction %1, visibility %2, internal %3</source>
        <translation>每位顧客跨越分界線次數：互動 %1，可視 %2，內部互動 %3</translation>
    </message>
    <message>
        <source>Single points of failure: %1</source>
        <translation>單點故障：%1</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>造訪次數</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>等待時間</translation>
    </message>
    <message>
        <source>P(wait &gt; tolerance)</source>
        <translation>P(等待 &gt; 容忍時間)</translation>
    </message>
    <message>
        <source>The model has errors: waits, flow time and failure figures are not computed until they are fixed.</source>
        <translation>模型有錯誤：在修正之前，不會計算等待時間、流程時間與失誤指標。</translation>
    </message>
    <message>
        <source>Analyses a blueprint: utilisation, bottlenecks, waits, flow time, critical path, fail points, single points of failure, line crossings (spec/analysis.md).</source>
        <translation>分析服務藍圖：利用率、瓶頸、等待時間、流程時間、關鍵路徑、失誤點、單點故障、分界線跨越（見 spec/analysis.md）。</translation>
    </message>
    <message>
        <source>Blueprint file.</source>
        <translation>服務藍圖檔案。</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>輸出格式：text（預設）或 json。</translation>
    </message>
    <message>
        <source>Exit with status 1 when a finding of this severity or worse is found: error, warning or never (default).</source>
        <translation>發現此嚴重程度或更嚴重的問題時以狀態 1 結束：error、warning 或 never（預設）。</translation>
    </message>
    <message>
        <source>Action Priority table (CSV) for the FMEA_AP_HIGH finding.</source>
        <translation>用於 FMEA_AP_HIGH 分析結果的措施優先等級（Action Priority）表（CSV）。</translation>
    </message>
    <message>
        <source>give exactly one file</source>
        <translation>請只指定一個檔案</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format 必須是 text 或 json</translation>
    </message>
    <message>
        <source>--fail-on must be error, warning or never</source>
        <translation>--fail-on 必須是 error、warning 或 never</translation>
    </message>
    <message>
        <source>File to write (.blueprint or .bpmn).</source>
        <translation>要寫入的檔案（.blueprint 或 .bpmn）。</translation>
    </message>
    <message>
        <source>blueprint convert: give one file to read and one file to write</source>
        <translation>blueprint convert: 請指定一個要讀取的檔案與一個要寫入的檔案</translation>
    </message>
    <message>
        <source>blueprint convert: %1 cannot be read; nothing was written</source>
        <translation>blueprint convert: 無法讀取 %1；未寫入任何內容</translation>
    </message>
    <message numerus="yes">
        <source>%1: written from %2: %3 steps, %4 flows, %5 lanes; %n warning(s)</source>
        <translation>
            <numerusform>%1: 已從 %2 寫入：%3 個步驟、%4 條連線、%5 條泳道；%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>%1: simulated %2 replication(s) of %3 customers (%4 warm-up), %5 events</source>
        <translation>%1: 已模擬 %2 次重複執行，每次 %3 位顧客（暖機 %4 位），共 %5 個事件</translation>
    </message>
    <message>
        <source>Unstable: %1</source>
        <translation>不穩定：%1</translation>
    </message>
    <message>
        <source>Means with 95% confidence intervals; times in minutes.</source>
        <translation>平均值與 95% 信賴區間；時間單位為分鐘。</translation>
    </message>
    <message>
        <source>Flow time: %1</source>
        <translation>流程時間：%1</translation>
    </message>
    <message>
        <source>Share over the journey tolerance: %1</source>
        <translation>超過全程容忍時間的比例：%1</translation>
    </message>
    <message>
        <source>Throughput: %1 per hour</source>
        <translation>產出率：每小時 %1</translation>
    </message>
    <message>
        <source>Customers in the service (WIP): %1 (Little: %2)</source>
        <translation>系統內顧客數（WIP）：%1（Little 法則：%2）</translation>
    </message>
    <message>
        <source>Failure events per customer: %1</source>
        <translation>每位顧客的失誤次數：%1</translation>
    </message>
    <message>
        <source>Failure-free journeys: %1</source>
        <translation>無失誤全程比例：%1</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5</source>
        <translation>%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Runs a seeded discrete-event simulation of the blueprint (the same model as &apos;analyze&apos;) and prints means with 95% confidence intervals.</source>
        <translation>以指定的種子對服務藍圖進行離散事件模擬（模型與「analyze」相同），並輸出平均值與 95% 信賴區間。</translation>
    </message>
    <message>
        <source>Customers per replication (default 20000).</source>
        <translation>每次重複執行的顧客數（預設 20000）。</translation>
    </message>
    <message>
        <source>Independent replications (default 8).</source>
        <translation>獨立重複執行次數（預設 8）。</translation>
    </message>
    <message>
        <source>Customers at the start of each replication not measured (default 10%).</source>
        <translation>每次重複執行開始時不列入統計的顧客數（預設 10%）。</translation>
    </message>
    <message>
        <source>Exponential service times and Poisson arrivals whatever the SCVs say.</source>
        <translation>無論 SCV 為何，一律使用指數分配的服務時間與卜瓦松到達。</translation>
    </message>
    <message>
        <source>Lognormal instead of gamma service times where the SCV is neither 0 nor 1.</source>
        <translation>當 SCV 既非 0 也非 1 時，服務時間使用對數常態分配而非伽瑪分配。</translation>
    </message>
    <message>
        <source>Usage: blueprint simulate FILE [--customers N] [--replications R] [--seed S] [--warmup N] [--exponential] [--lognormal] [--format text|json]</source>
        <translation>用法：blueprint simulate FILE [--customers N] [--replications R] [--seed S] [--warmup N] [--exponential] [--lognormal] [--format text|json]</translation>
    </message>
    <message>
        <source>blueprint simulate: give exactly one file</source>
        <translation>blueprint simulate: 請只指定一個檔案</translation>
    </message>
    <message>
        <source>--customers must be a whole number from 1 to 100000000</source>
        <translation>--customers 必須是 1 到 100000000 之間的整數</translation>
    </message>
    <message>
        <source>--replications must be a whole number from 1 to 1000</source>
        <translation>--replications 必須是 1 到 1000 之間的整數</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more</source>
        <translation>--seed 必須是大於或等於 0 的整數</translation>
    </message>
    <message>
        <source>--warmup must be a whole number below the number of customers</source>
        <translation>--warmup 必須是小於顧客數的整數</translation>
    </message>
    <message>
        <source>%1: cannot simulate: %2</source>
        <translation>%1: 無法模擬：%2</translation>
    </message>
    <message>
        <source>Converts between the blueprint format (.blueprint) and BPMN 2.0 (.bpmn), by the extensions of the two files; a step list from a spreadsheet (.csv, docs/csv.md) starts a blueprint, laid out automatically. Warnings, including what a BPMN file holds that is not imported, go to standard error as file:line:column: severity: message.</source>
        <translation>依兩個檔案的副檔名，在服務藍圖格式（.blueprint）與 BPMN 2.0（.bpmn）之間轉換；試算表中的步驟清單（.csv，見 docs/csv.md）可用來建立服務藍圖，並自動排列。警告（包括 BPMN 檔案中未匯入的內容）會以 file:line:column: severity: message 的格式輸出至標準錯誤。</translation>
    </message>
    <message>
        <source>File to read (.blueprint, .bpmn or .csv).</source>
        <translation>要讀取的檔案（.blueprint、.bpmn 或 .csv）。</translation>
    </message>
    <message>
        <source>Usage: blueprint convert [--max-file-size MB] [--force] IN OUT</source>
        <translation>用法：blueprint convert [--max-file-size MB] [--force] IN OUT</translation>
    </message>
    <message>
        <source>blueprint convert: cannot tell the format of %1 from its extension; use .blueprint, .bpmn or .csv</source>
        <translation>blueprint convert: 無法從副檔名判斷 %1 的格式；請使用 .blueprint、.bpmn 或 .csv</translation>
    </message>
    <message>
        <source>blueprint convert: a step list (.csv) can be read, not written; use &apos;blueprint export FILE -o OUT.csv&apos;</source>
        <translation>blueprint convert: 步驟清單（.csv）只能讀取，無法寫入；請使用「blueprint export FILE -o OUT.csv」</translation>
    </message>
    <message>
        <source>blueprint %1: painting needs a GUI application object (internal error)</source>
        <translation>blueprint %1: 繪製需要 GUI 應用程式物件（內部錯誤）</translation>
    </message>
    <message>
        <source>Exports the diagram with the editor&apos;s painters: SVG (vectors, text as text), PNG or PDF (vectors, one fitted page or tiled A4/A3 pages with a title block), by the extension of OUT. A .csv OUT exports the steps with every attribute and the computed figures (or the findings with --findings).</source>
        <translation>使用編輯器的繪製方式匯出圖表，格式依 OUT 的副檔名而定：SVG（向量圖形，文字保留為文字）、PNG 或 PDF（向量圖形；單頁符合圖表大小，或附標題欄的 A4/A3 分頁拼接）。OUT 為 .csv 時，匯出所有步驟及其全部屬性與計算數值（使用 --findings 時匯出分析結果）。</translation>
    </message>
    <message>
        <source>File to write: .svg, .png, .pdf or .csv.</source>
        <translation>要寫入的檔案：.svg、.png、.pdf 或 .csv。</translation>
    </message>
    <message>
        <source>Paint the analysis overlay (F and W marks, utilisation, bottleneck) and its legend.</source>
        <translation>繪製分析疊加層（F 與 W 標記、利用率、瓶頸）及其圖例。</translation>
    </message>
    <message>
        <source>PNG: pixels per diagram unit (default 1).</source>
        <translation>PNG：每個圖表單位對應的像素數（預設 1）。</translation>
    </message>
    <message>
        <source>PNG: resolution in dots per inch (96 = scale 1).</source>
        <translation>PNG：解析度，單位為每英吋點數（96 = 縮放比例 1）。</translation>
    </message>
    <message>
        <source>PNG and SVG: no background around the lanes.</source>
        <translation>PNG 與 SVG：泳道周圍不繪製背景。</translation>
    </message>
    <message>
        <source>Leave out the lane header column.</source>
        <translation>不輸出泳道標題欄。</translation>
    </message>
    <message>
        <source>PDF: &apos;fit&apos; (one page, default), or &apos;a4&apos; or &apos;a3&apos; (tiled pages with overlap and marks).</source>
        <translation>PDF：「fit」（單頁，預設），或「a4」、「a3」（含重疊區與標記的分頁拼接）。</translation>
    </message>
    <message>
        <source>PDF: landscape A4/A3 pages.</source>
        <translation>PDF：橫向 A4/A3 頁面。</translation>
    </message>
    <message>
        <source>CSV: export the findings instead of the steps.</source>
        <translation>CSV：匯出分析結果而非步驟。</translation>
    </message>
    <message>
        <source>Usage: blueprint export FILE -o OUT.{svg,png,pdf,csv} [--overlay] [--scale K] [--dpi D] [--transparent] [--no-headers] [--page a4|a3|fit] [--landscape] [--findings] [--force]</source>
        <translation>用法：blueprint export FILE -o OUT.{svg,png,pdf,csv} [--overlay] [--scale K] [--dpi D] [--transparent] [--no-headers] [--page a4|a3|fit] [--landscape] [--findings] [--force]</translation>
    </message>
    <message>
        <source>give one blueprint file</source>
        <translation>請指定一個服務藍圖檔案</translation>
    </message>
    <message>
        <source>give the file to write with -o OUT</source>
        <translation>請以 -o OUT 指定要寫入的檔案</translation>
    </message>
    <message>
        <source>cannot tell the format of %1 from its extension; use .svg, .png, .pdf or .csv</source>
        <translation>無法從副檔名判斷 %1 的格式；請使用 .svg、.png、.pdf 或 .csv</translation>
    </message>
    <message>
        <source>--findings goes with a .csv output</source>
        <translation>--findings 只能搭配 .csv 輸出使用</translation>
    </message>
    <message>
        <source>--scale must be a number greater than 0 and at most 100</source>
        <translation>--scale 必須是大於 0 且不超過 100 的數字</translation>
    </message>
    <message>
        <source>--dpi must be a number greater than 0 and at most 9600</source>
        <translation>--dpi 必須是大於 0 且不超過 9600 的數字</translation>
    </message>
    <message>
        <source>give --scale or --dpi, not both</source>
        <translation>請指定 --scale 或 --dpi，不可同時指定</translation>
    </message>
    <message>
        <source>--page must be a4, a3 or fit</source>
        <translation>--page 必須是 a4、a3 或 fit</translation>
    </message>
    <message>
        <source>blueprint export: %1 cannot be read; nothing was written</source>
        <translation>blueprint export: 無法讀取 %1；未寫入任何內容</translation>
    </message>
    <message>
        <source>%1: written (%2 bytes)</source>
        <translation>%1: 已寫入（%2 位元組）</translation>
    </message>
    <message>
        <source>Usage: blueprint generate --steps N [--seed S] [-o OUT [--force]]</source>
        <translation>用法：blueprint generate --steps N [--seed S] [-o OUT [--force]]</translation>
    </message>
    <message>
        <source>Overwrite the output file when it exists already.</source>
        <translation>輸出檔案已存在時予以覆寫。</translation>
    </message>
    <message>
        <source>blueprint %1: %2 is a folder; give a file name to write</source>
        <translation>blueprint %1: %2 是資料夾；請指定要寫入的檔案名稱</translation>
    </message>
    <message>
        <source>blueprint %1: %2 exists already; nothing was written (use --force to overwrite it)</source>
        <translation>blueprint %1: %2 已存在；未寫入任何內容（使用 --force 可覆寫）</translation>
    </message>
    <message>
        <source>blueprint %1: --max-file-size must be a number of MB greater than 0 and at most 4096</source>
        <translation>blueprint %1: --max-file-size 必須是大於 0 且不超過 4096 的 MB 數</translation>
    </message>
    <message>
        <source>Writes a review report: the summary figures, the findings ranked by severity, the per-step table, the FMEA register, the line crossings and the diagram with its analysis overlay. HTML is one self-contained file; PDF is A4.</source>
        <translation>寫入審查報告：彙總數值、依嚴重程度排序的分析結果、各步驟數值表、FMEA 登錄表、分界線穿越情形，以及含分析疊加層的圖表。HTML 為單一獨立檔案；PDF 為 A4 頁面。</translation>
    </message>
    <message>
        <source>File to write: .html or .pdf.</source>
        <translation>要寫入的檔案：.html 或 .pdf。</translation>
    </message>
    <message>
        <source>Usage: blueprint report FILE -o OUT.{html,pdf} [--force]</source>
        <translation>用法：blueprint report FILE -o OUT.{html,pdf} [--force]</translation>
    </message>
    <message>
        <source>cannot tell the format of %1 from its extension; use .html or .pdf</source>
        <translation>無法從副檔名判斷 %1 的格式；請使用 .html 或 .pdf</translation>
    </message>
    <message>
        <source>blueprint report: %1 cannot be read; nothing was written</source>
        <translation>blueprint report: 無法讀取 %1；未寫入任何內容</translation>
    </message>
    <message>
        <source>Waiting-time formula, instead of the file&apos;s (auto unless its &lt;analysis&gt; element says otherwise): auto (exact when times are exponential), exact, allen-cunneen, allen-cunneen-poisson, sakasegawa.</source>
        <translation>等待時間公式，取代檔案中的設定（除非檔案的 &lt;analysis&gt; 元素另有規定，否則為 auto）：auto（時間服從指數分布時使用精確公式）、exact、allen-cunneen、allen-cunneen-poisson、sakasegawa。</translation>
    </message>
    <message>
        <source>Usage: blueprint analyze FILE [--format text|json] [--wait-model auto|exact|allen-cunneen|allen-cunneen-poisson|sakasegawa] [--fail-on error|warning|never] [--ap-table CSV]</source>
        <translation>用法：blueprint analyze FILE [--format text|json] [--wait-model auto|exact|allen-cunneen|allen-cunneen-poisson|sakasegawa] [--fail-on error|warning|never] [--ap-table CSV]</translation>
    </message>
    <message>
        <source>--wait-model must be auto, exact, allen-cunneen, allen-cunneen-poisson or sakasegawa</source>
        <translation>--wait-model 必須是 auto、exact、allen-cunneen、allen-cunneen-poisson 或 sakasegawa</translation>
    </message>
    <message>
        <source>Usage: blueprint COMMAND [options] [FILE...]

Commands:
  validate FILE...           check files; print errors and warnings
  analyze FILE [--format text|json] [--wait-model MODEL]
          [--fail-on error|warning|never]
                             utilisation, waits, bottlenecks, fail points
  simulate FILE [--customers N] [--replications R] [--seed S]
           [--format text|json]
                             discrete-event simulation; means with 95% CIs
  generate --steps N [--seed S] [-o OUT]
                             write a synthetic blueprint of N steps
  convert IN OUT             between .blueprint and BPMN 2.0 (.bpmn); a .csv
                             step list (docs/csv.md) starts a blueprint
  export FILE -o OUT.{svg,png,pdf,csv} [--overlay] [--scale K] [--dpi D]
           [--transparent] [--no-headers] [--page a4|a3|fit] [--landscape]
                             the diagram, or the steps or findings as CSV
  report FILE -o OUT.{html,pdf}
                             review report: figures, findings, steps, FMEA

Options of every command: --help, --version.
Run &apos;blueprint COMMAND --help&apos; for the options of a command.
Exit status: 0 success, 1 problems found (--fail-on), 2 bad usage or a file
that cannot be read or written.
</source>
        <translation>用法：blueprint COMMAND [options] [FILE...]

指令：
  validate FILE...           檢查檔案；輸出錯誤與警告
  analyze FILE [--format text|json] [--wait-model MODEL]
          [--fail-on error|warning|never]
                             利用率、等待時間、瓶頸、失誤點
  simulate FILE [--customers N] [--replications R] [--seed S]
           [--format text|json]
                             離散事件模擬；提供平均值與 95% 信賴區間
  generate --steps N [--seed S] [-o OUT]
                             產生含 N 個步驟的合成服務藍圖
  convert IN OUT             在 .blueprint 與 BPMN 2.0 (.bpmn) 之間轉換；
                             .csv 步驟清單（docs/csv.md）可用來建立服務藍圖
  export FILE -o OUT.{svg,png,pdf,csv} [--overlay] [--scale K] [--dpi D]
           [--transparent] [--no-headers] [--page a4|a3|fit] [--landscape]
                             匯出圖表，或將步驟、分析結果匯出為 CSV
  report FILE -o OUT.{html,pdf}
                             審查報告：數值、分析結果、步驟、FMEA

所有指令共通的選項：--help、--version。
執行「blueprint COMMAND --help」查看某個指令的選項。
結束狀態：0 成功；1 發現問題（--fail-on）；2 用法錯誤，或檔案無法讀取或寫入。
</translation>
    </message>
</context>
<context>
    <name>bp::DiagramView</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>新步驟</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決策</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>平行分岔</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>平行匯合</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>有形展示</translation>
    </message>
    <message>
        <source>Resize Lane</source>
        <translation>調整泳道大小</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>微調位置</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>新增步驟</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連接</translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation>重新命名步驟</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>重新命名泳道</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>新泳道</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <translation>新增泳道</translation>
    </message>
    <message>
        <source>&amp;Rename Lane</source>
        <translation>重新命名泳道(&amp;R)</translation>
    </message>
    <message>
        <source>Add Lane &amp;Above</source>
        <translation>在上方新增泳道(&amp;A)</translation>
    </message>
    <message>
        <source>Add Lane &amp;Below</source>
        <translation>在下方新增泳道(&amp;B)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move Lane</source>
        <translation>移除泳道(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重新命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;Step Here</source>
        <translation>在此新增步驟(&amp;S)</translation>
    </message>
    <message>
        <source>Auto-&amp;arrange</source>
        <translation>自動排列(&amp;A)</translation>
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
    <message>
        <source>Change analysis settings</source>
        <translation>變更分析設定</translation>
    </message>
    <message>
        <source>Change time unit</source>
        <translation>變更時間單位</translation>
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
    <message>
        <source>The template %1 is missing.</source>
        <translation>找不到範本 %1。</translation>
    </message>
    <message>
        <source>The template %1 could not be read.</source>
        <translation>無法讀取範本 %1。</translation>
    </message>
    <message>
        <source>Could not keep a backup of %1.</source>
        <translation>無法保留 %1 的備份。</translation>
    </message>
</context>
<context>
    <name>bp::DocumentPage</name>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Add Pool</source>
        <translation>新增資源池(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Pool</source>
        <translation>移除資源池(&amp;R)</translation>
    </message>
    <message>
        <source>Customers arriving per period; none: no queueing analysis.</source>
        <translation>每個時段到達的顧客數；設為「無」時不進行排隊分析。</translation>
    </message>
    <message>
        <source>Squared coefficient of variation (SCV) of the time between arrivals: 1 = random (Poisson) arrivals.</source>
        <translation>到達間隔時間的平方變異係數（SCV）：1 = 隨機（卜瓦松）到達。</translation>
    </message>
    <message>
        <source>Longest acceptable end-to-end time.</source>
        <translation>可接受的最長全程時間。</translation>
    </message>
    <message>
        <source>Target share of customers served within the tolerance.</source>
        <translation>在容忍時間內完成服務的顧客所占的目標比例。</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>資源池</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服務台數</translation>
    </message>
    <message>
        <source>Groups of servers shared by several steps. Servers: a number, or ∞.</source>
        <translation>由多個步驟共用的服務台群組。服務台數：一個數字，或 ∞。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blueprint&lt;/b&gt; (nothing selected)</source>
        <translation>&lt;b&gt;服務藍圖&lt;/b&gt;（未選取任何項目）</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>Time &amp;unit:</source>
        <translation>時間單位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>&amp;Arrivals:</source>
        <translation>到達率(&amp;A)：</translation>
    </message>
    <message>
        <source>Arrival &amp;variability:</source>
        <translation>到達變異性(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Journey tolerance:</source>
        <translation>全程容忍時間(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Service level:</source>
        <translation>服務水準(&amp;S)：</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>資源池</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>變更標題</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>變更描述</translation>
    </message>
    <message>
        <source>New pool</source>
        <translation>新資源池</translation>
    </message>
    <message>
        <source>The unit of every duration. Changing it converts the step times and tolerances, so that the blueprint keeps its meaning (90 min become 1.5 h); the arrival rate keeps its own unit.</source>
        <translation>所有時長的單位。變更它會換算步驟時間和容忍時間，使服務藍圖的含義保持不變（90 min 變為 1.5 h）；到達率保留自己的單位。</translation>
    </message>
    <message numerus="yes">
        <source>Time unit changed to %1; the durations of %n step(s) were converted, so the blueprint means the same.</source>
        <translation>
            <numerusform>時間單位已改為 %1；已換算 %n 個步驟的時長，服務藍圖的含義不變。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bp::Export</name>
    <message>
        <source>A quoted field is not closed: a &apos;&quot;&apos; is missing.</source>
        <translation>引號欄位未結束：缺少一個「&quot;」。</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote; double the quote (&apos;&quot;&quot;&apos;) to write one inside a quoted field.</source>
        <translation>結尾引號後有多餘的文字；若要在引號欄位中寫入引號，請連寫兩個引號（「&quot;&quot;」）。</translation>
    </message>
    <message>
        <source>A quote inside an unquoted field; quote the whole field and double the quote.</source>
        <translation>未加引號的欄位中含有引號；請以引號括住整個欄位，並將其中的引號連寫兩次。</translation>
    </message>
    <message>
        <source>The file is empty: a header row is needed (id, title, lane, kind, time, next, ...).</source>
        <translation>檔案是空的：需要一個標題列（id, title, lane, kind, time, next, ...）。</translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos; is ignored.</source>
        <translation>已忽略未知的欄位「%1」。</translation>
    </message>
    <message>
        <source>The header has no &apos;id&apos; column.</source>
        <translation>標題列中沒有「id」欄位。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number from %2 to %3 (use &apos;.&apos; for decimals).</source>
        <translation>「%1」不是 %2 到 %3 之間的數字（小數請用「.」）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>「%1」不是有效的 id：應為 1 到 64 個字母、數字、「_」、「.」或「-」，並以字母或「_」開頭。</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; is used twice.</source>
        <translation>id「%1」重複使用。</translation>
    </message>
    <message>
        <source>Unknown step kind &apos;%1&apos;; use start, end, action, decision, fork, join or evidence.</source>
        <translation>未知的步驟類型「%1」；請使用 start、end、action、decision、fork、join 或 evidence。</translation>
    </message>
    <message>
        <source>Unknown lane kind &apos;%1&apos;; use physical-evidence, customer, frontstage, backstage, support or other.</source>
        <translation>未知的泳道類型「%1」；請使用 physical-evidence、customer、frontstage、backstage、support 或 other。</translation>
    </message>
    <message>
        <source>Servers must be a whole number or &apos;inf&apos;.</source>
        <translation>服務台數必須是整數或「inf」。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid pool id.</source>
        <translation>「%1」不是有效的資源池 id。</translation>
    </message>
    <message>
        <source>The pool id &apos;%1&apos; is used by another element.</source>
        <translation>資源池 id「%1」已被其他元素使用。</translation>
    </message>
    <message>
        <source>Unknown flow kind in &apos;%1&apos;; use &apos;!rework&apos; or &apos;!failure&apos;.</source>
        <translation>「%1」中的連線類型未知；請使用「!rework」或「!failure」。</translation>
    </message>
    <message>
        <source>The probability in &apos;%1&apos; must be a number from 0 to 1.</source>
        <translation>「%1」中的機率必須是 0 到 1 之間的數字。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in next is not the id of a step.</source>
        <translation>next 中的「%1」不是步驟的 id。</translation>
    </message>
    <message>
        <source>Imported steps</source>
        <translation>匯入的步驟</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>檔案大於 %1 MB。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>無法開啟檔案：%1</translation>
    </message>
    <message>
        <source>Untitled blueprint</source>
        <translation>未命名服務藍圖</translation>
    </message>
    <message>
        <source>The SVG document could not be started.</source>
        <translation>無法建立 SVG 文件。</translation>
    </message>
    <message numerus="yes">
        <source>Service blueprint exported by Blueprint Studio: %n step(s)</source>
        <translation>
            <numerusform>由 Blueprint Studio 匯出的服務藍圖：%n 個步驟</numerusform>
        </translation>
    </message>
    <message>
        <source>The scale must be a number greater than 0.</source>
        <translation>縮放比例必須是大於 0 的數字。</translation>
    </message>
    <message>
        <source>The image would be %1 × %2 pixels; the limit is %3 pixels a side and %4 million pixels. Use a smaller scale, or export SVG or PDF.</source>
        <translation>影像將為 %1 × %2 像素；上限為每邊 %3 像素、總計 %4 百萬像素。請使用較小的縮放比例，或匯出為 SVG 或 PDF。</translation>
    </message>
    <message>
        <source>Not enough memory for an image of %1 × %2 pixels.</source>
        <translation>記憶體不足，無法產生 %1 × %2 像素的影像。</translation>
    </message>
    <message>
        <source>The PNG image could not be encoded.</source>
        <translation>無法編碼 PNG 影像。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation>第 1 頁，共 1 頁</translation>
    </message>
    <message>
        <source>Page %1 of %2 (row %3, column %4)</source>
        <translation>第 %1 頁，共 %2 頁（第 %3 列，第 %4 欄）</translation>
    </message>
    <message>
        <source>The PDF document could not be started.</source>
        <translation>無法建立 PDF 文件。</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>Review report of %1, %2</source>
        <translation>%1 的審查報告，%2</translation>
    </message>
    <message>
        <source>an unsaved blueprint</source>
        <translation>未儲存的服務藍圖</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>彙總</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Demand (customers per hour)</source>
        <translation>需求（每小時顧客數）</translation>
    </message>
    <message>
        <source>Process capacity (customers per hour)</source>
        <translation>流程產能（每小時顧客數）</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>瓶頸</translation>
    </message>
    <message>
        <source>Highest utilisation</source>
        <translation>最高利用率</translation>
    </message>
    <message>
        <source>Theoretical flow time (min)</source>
        <translation>理論流程時間（min）</translation>
    </message>
    <message>
        <source>Flow time with waits (min)</source>
        <translation>含等待的流程時間（min）</translation>
    </message>
    <message>
        <source>Customers in the service (WIP)</source>
        <translation>服務中的顧客數（WIP）</translation>
    </message>
    <message>
        <source>Failure events per customer</source>
        <translation>每位顧客的失誤次數</translation>
    </message>
    <message>
        <source>P(failure-free journey)</source>
        <translation>P(全程無失誤)</translation>
    </message>
    <message>
        <source>The blueprint has errors, so its figures cannot be computed; see the findings.</source>
        <translation>服務藍圖有錯誤，無法計算數值；請參閱分析結果。</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>分析結果（%1）</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>沒有需要報告的內容。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>分析結果</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>造訪次數</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Wait (min)</source>
        <translation>等待時間（min）</translation>
    </message>
    <message>
        <source>P(wait &amp;gt; tolerance)</source>
        <translation>P(等待 &amp;gt; 容忍時間)</translation>
    </message>
    <message>
        <source>RPN</source>
        <translation>RPN</translation>
    </message>
    <message>
        <source>FMEA register</source>
        <translation>FMEA 登錄表</translation>
    </message>
    <message>
        <source>No step has all three FMEA scores.</source>
        <translation>沒有步驟同時具備全部三項 FMEA 評分。</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>發生度</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>偵測度</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已標記</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Line crossings</source>
        <translation>分界線穿越</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>分界線</translation>
    </message>
    <message>
        <source>Flows crossing</source>
        <translation>穿越的連線數</translation>
    </message>
    <message>
        <source>Crossings per customer</source>
        <translation>每位顧客的穿越次數</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>互動分界線</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>可視分界線</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>內部互動分界線</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>%1 的審查</translation>
    </message>
</context>
<context>
    <name>bp::ExportDialog</name>
    <message>
        <source>blueprint</source>
        <translation>服務藍圖</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>SVG (vector drawing)</source>
        <translation>SVG（向量圖形）</translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation>PNG（影像）</translation>
    </message>
    <message>
        <source>PDF (document)</source>
        <translation>PDF（文件）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Whole diagram</source>
        <translation>整個圖表(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected steps (%n)</source>
        <translation>
            <numerusform>選取的步驟（%n 個）(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>匯出：</translation>
    </message>
    <message>
        <source>Analysis &amp;overlay and legend</source>
        <translation>分析疊加層與圖例(&amp;O)</translation>
    </message>
    <message>
        <source>Lane &amp;headers</source>
        <translation>泳道標題(&amp;H)</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>透明背景(&amp;T)</translation>
    </message>
    <message>
        <source>PNG &amp;scale:</source>
        <translation>PNG 縮放比例(&amp;S)：</translation>
    </message>
    <message>
        <source>One page, fitted to the diagram</source>
        <translation>單頁，符合圖表大小</translation>
    </message>
    <message>
        <source>A4 pages, tiled</source>
        <translation>A4 頁面，分頁拼接</translation>
    </message>
    <message>
        <source>A3 pages, tiled</source>
        <translation>A3 頁面，分頁拼接</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>橫向(&amp;L)</translation>
    </message>
    <message>
        <source>PDF &amp;pages:</source>
        <translation>PDF 頁面(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Unknown file type: use .svg, .png or .pdf.</source>
        <translation>未知的檔案類型：請使用 .svg、.png 或 .pdf。</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 檔案 (*.%2)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Diagram…</source>
        <translation>圖表(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>報告(&amp;R)…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML 報告 (*.html);;PDF 報告 (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Steps as CSV…</source>
        <translation>步驟 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>Export Steps</source>
        <translation>匯出步驟</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Findings as CSV…</source>
        <translation>分析結果 CSV(&amp;F)…</translation>
    </message>
    <message>
        <source>Export Findings</source>
        <translation>匯出分析結果</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>匯入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>匯入 CSV</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>預覽列印(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>bp::FiguresDock</name>
    <message>
        <source>The analysis stopped at validation errors: fix them to see the figures.</source>
        <translation>分析因驗證錯誤而停止：請修正這些錯誤以查看數值。</translation>
    </message>
    <message>
        <source>No demand given: utilisation and waits are not available</source>
        <translation>未指定需求：無法計算利用率與等待時間</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無限</translation>
    </message>
    <message>
        <source>Demand %1/h against capacity %2/h</source>
        <translation>需求 %1/h，產能 %2/h</translation>
    </message>
    <message>
        <source>Bottleneck: %1 (ρ %2)</source>
        <translation>瓶頸：%1（ρ %2）</translation>
    </message>
    <message>
        <source>Flow time %1 min (without waiting %2 min)</source>
        <translation>流程時間 %1 min（不含等待 %2 min）</translation>
    </message>
    <message>
        <source>Flow time: unbounded (unstable)</source>
        <translation>流程時間：無上限（不穩定）</translation>
    </message>
    <message>
        <source>P(failure-free) %1 %</source>
        <translation>P(全程無失誤) %1 %</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>分析數值</translation>
    </message>
    <message>
        <source>What-if figures: the blueprint is unchanged until you apply them.</source>
        <translation>假設分析數值：在您套用之前，服務藍圖維持不變。</translation>
    </message>
</context>
<context>
    <name>bp::FiguresModel</name>
    <message>
        <source>∞ (unstable)</source>
        <translation>∞（不穩定）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Visits per customer (visit ratio v)</source>
        <translation>每位顧客的造訪次數（造訪比 v）</translation>
    </message>
    <message>
        <source>Implied utilisation ρ of the step&apos;s resource pool</source>
        <translation>該步驟資源池的隱含利用率 ρ</translation>
    </message>
    <message>
        <source>Mean wait in the queue, minutes, in the selected wait model</source>
        <translation>佇列中的平均等待時間（分鐘），依所選等待模型計算</translation>
    </message>
    <message>
        <source>Share of customers who wait longer than the step&apos;s tolerance</source>
        <translation>等待時間超過該步驟容忍時間的顧客比例</translation>
    </message>
    <message>
        <source>Slack on the worst-case critical path, minutes</source>
        <translation>最壞情況關鍵路徑上的寬裕時間（分鐘）</translation>
    </message>
    <message>
        <source>FMEA risk priority number, severity × occurrence × detection</source>
        <translation>FMEA 風險優先數：嚴重度 × 發生度 × 偵測度</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>造訪次數</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服務台數</translation>
    </message>
    <message>
        <source>Wait (min)</source>
        <translation>等待時間（min）</translation>
    </message>
    <message>
        <source>P(wait &gt; tol.)</source>
        <translation>P(等待 &gt; 容忍時間)</translation>
    </message>
    <message>
        <source>Slack (min)</source>
        <translation>寬裕時間（min）</translation>
    </message>
    <message>
        <source>RPN</source>
        <translation>RPN</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>標記</translation>
    </message>
</context>
<context>
    <name>bp::FileChangedBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆寫(&amp;O)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>%1 was deleted on disk.</source>
        <translation>%1 已從磁碟上刪除。</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>%1 已在磁碟上變更。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>bp::FindingText</name>
    <message>
        <source>the service</source>
        <translation>整個服務</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>exact M/M/c (Erlang C)</source>
        <translation>精確 M/M/c（Erlang C）</translation>
    </message>
    <message>
        <source>Allen–Cunneen (Poisson arrivals)</source>
        <translation>Allen–Cunneen（卜瓦松到達）</translation>
    </message>
    <message>
        <source>Allen–Cunneen with QNA</source>
        <translation>Allen–Cunneen 搭配 QNA</translation>
    </message>
    <message>
        <source>Sakasegawa with QNA</source>
        <translation>Sakasegawa 搭配 QNA</translation>
    </message>
    <message>
        <source>Unstable</source>
        <translation>不穩定</translation>
    </message>
    <message>
        <source>%1 cannot keep up: %2 customers per hour arrive but it serves at most %3 per hour, so the queue grows by %4 per hour (%5 after %6 h).</source>
        <translation>%1 無法消化需求：每小時到達 %2 位顧客，但它每小時最多只能服務 %3 位，因此排隊人數每小時增加 %4 位（%6 h 後達到 %5 位）。</translation>
    </message>
    <message>
        <source>Add servers: at least %1 are needed for the queue to settle, %2 for %3% utilisation. Or shorten the step or move work off it.</source>
        <translation>增加服務台：至少需要 %1 個才能讓排隊穩定下來，需要 %2 個才能達到 %3% 的利用率。或者縮短此步驟，或將部分工作移出。</translation>
    </message>
    <message>
        <source>Critical utilisation</source>
        <translation>臨界利用率</translation>
    </message>
    <message>
        <source>%1 is busy %2% of the time: waits become very long and a small rise in demand makes it collapse.</source>
        <translation>%1 有 %2% 的時間處於忙碌狀態：等待時間會變得很長，需求稍微增加就會癱瘓。</translation>
    </message>
    <message>
        <source>Add a server or shorten the step (at 95% busy, a single server&apos;s wait is 19 times its service time).</source>
        <translation>增加一個服務台或縮短此步驟（利用率為 95% 時，單一服務台的等待時間是其服務時間的 19 倍）。</translation>
    </message>
    <message>
        <source>High utilisation</source>
        <translation>利用率偏高</translation>
    </message>
    <message>
        <source>%1 is busy %2% of the time; customers wait long there.</source>
        <translation>%1 有 %2% 的時間處於忙碌狀態；顧客在此需等候較久。</translation>
    </message>
    <message>
        <source>Add a server at peak times, shorten the step, or move work to a less busy resource.</source>
        <translation>在尖峰時段增加服務台、縮短此步驟，或將工作轉移到較空閒的資源。</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>%1 is busy %2% of the time.</source>
        <translation>%1 有 %2% 的時間處於忙碌狀態。</translation>
    </message>
    <message>
        <source>Keep an eye on it: waits grow quickly as demand rises.</source>
        <translation>請持續留意：需求上升時，等待時間會迅速增加。</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>瓶頸</translation>
    </message>
    <message>
        <source>%1 is the bottleneck: busy %2% of the time, it limits the service to %3 customers per hour.</source>
        <translation>%1 是瓶頸：它有 %2% 的時間處於忙碌狀態，使整個服務每小時最多只能服務 %3 位顧客。</translation>
    </message>
    <message>
        <source>Capacity is gained here first: add a server, shorten the step, or take work off it.</source>
        <translation>要提升產能應先從這裡著手：增加服務台、縮短此步驟，或減少其工作量。</translation>
    </message>
    <message>
        <source>Capacity shortfall</source>
        <translation>產能不足</translation>
    </message>
    <message>
        <source>Demand of %1 customers per hour exceeds the capacity of the service, %2 per hour.</source>
        <translation>每小時 %1 位顧客的需求超過服務產能（每小時 %2 位）。</translation>
    </message>
    <message>
        <source>Raise the capacity of the bottleneck or reduce demand; queues will grow without limit.</source>
        <translation>提高瓶頸的產能或降低需求；否則排隊人數將無限增加。</translation>
    </message>
    <message>
        <source>Wait point</source>
        <translation>等待點</translation>
    </message>
    <message>
        <source>Customers wait %1 min on average before %2, longer than the %3 min they tolerate.</source>
        <translation>顧客在 %2 之前平均等待 %1 min，超過他們可容忍的 %3 min。</translation>
    </message>
    <message>
        <source>Add a server at peak times, make the wait pleasant or useful (physical evidence), or tell customers how long it will take.</source>
        <translation>在尖峰時段增加服務台，讓等待變得愉快或有意義（有形展示），或告知顧客需要等多久。</translation>
    </message>
    <message>
        <source>Service level below target</source>
        <translation>服務水準未達目標</translation>
    </message>
    <message>
        <source>Only %1% of customers are served at %2 within %3 min (target %4%).</source>
        <translation>在 %2，只有 %1% 的顧客在 %3 min 內獲得服務（目標為 %4%）。</translation>
    </message>
    <message>
        <source>Add capacity at this step or reduce the variability of its service time.</source>
        <translation>增加此步驟的產能，或降低其服務時間的變異性。</translation>
    </message>
    <message>
        <source>Execution exceeds tolerance</source>
        <translation>執行時間超過容忍時間</translation>
    </message>
    <message>
        <source>Waiting and service at %1 take %2 min, longer than the %3 min tolerated.</source>
        <translation>%1 的等待與服務共需 %2 min，超過可容忍的 %3 min。</translation>
    </message>
    <message>
        <source>Shorten the step or its wait, or move part of it backstage.</source>
        <translation>縮短此步驟或其等待時間，或將其中一部分移到後台。</translation>
    </message>
    <message>
        <source>Journey too long</source>
        <translation>全程時間過長</translation>
    </message>
    <message>
        <source>The whole journey takes %1 min on average, longer than the %2 min customers tolerate.</source>
        <translation>整個服務全程平均需要 %1 min，超過顧客可容忍的 %2 min。</translation>
    </message>
    <message>
        <source>Cut waits at the bottleneck first, then remove steps that add no value for the customer.</source>
        <translation>先縮短瓶頸處的等待，再刪除對顧客沒有附加價值的步驟。</translation>
    </message>
    <message>
        <source>Rework loop</source>
        <translation>重工迴圈</translation>
    </message>
    <message>
        <source>Work around %1 is repeated: %2% of customers go round again, so its steps are done %3 times on average.</source>
        <translation>%1 附近的工作會重複進行：%2% 的顧客需要再走一遍，因此這些步驟平均要執行 %3 次。</translation>
    </message>
    <message>
        <source>Get it right the first time: check inputs before the step (poka-yoke) to cut the rework.</source>
        <translation>第一次就做對：在此步驟之前檢查輸入（防呆），以減少重工。</translation>
    </message>
    <message>
        <source>Approximation</source>
        <translation>近似值</translation>
    </message>
    <message>
        <source>%1 serves steps with different times; its wait is an approximation.</source>
        <translation>%1 為服務時間不同的多個步驟提供服務；其等待時間為近似值。</translation>
    </message>
    <message>
        <source>Through parallel branches the flow time is a lower bound (the longest branch&apos;s mean); simulate for the exact figure.</source>
        <translation>經過平行分支時，流程時間為下限（取最長分支的平均值）；如需精確數值，請執行模擬。</translation>
    </message>
    <message>
        <source>Waits are estimated with %1 because service or arrival times are not exponential.</source>
        <translation>由於服務時間或到達間隔不服從指數分配，等待時間採用 %1 估算。</translation>
    </message>
    <message>
        <source>Run the simulation to check the figures.</source>
        <translation>執行模擬以核對這些數值。</translation>
    </message>
    <message>
        <source>Single point of failure</source>
        <translation>單點故障</translation>
    </message>
    <message>
        <source>%1 lies on every path through the service: if it stops, the service stops.</source>
        <translation>%1 位於貫穿服務的每一條路徑上：一旦它停擺，整個服務就會停擺。</translation>
    </message>
    <message>
        <source>Plan a fallback for it (a second person, a manual procedure).</source>
        <translation>為它規劃備援方案（第二位人員、人工作業程序）。</translation>
    </message>
    <message>
        <source>Single server on every path</source>
        <translation>每條路徑上的單一服務台</translation>
    </message>
    <message>
        <source>%1 lies on every path and has a single server: one absence stops the service.</source>
        <translation>%1 位於每一條路徑上且只有一個服務台：只要一人缺席，服務就會停擺。</translation>
    </message>
    <message>
        <source>Cross-train a second person or add a fallback for this step.</source>
        <translation>交叉訓練第二位人員，或為此步驟增加備援方案。</translation>
    </message>
    <message>
        <source>Handoff ping-pong</source>
        <translation>來回交接</translation>
    </message>
    <message>
        <source>Around %1 the customer is handed across the line of visibility and back within %2 steps.</source>
        <translation>在 %1 附近，顧客在 %2 個步驟內跨越可視分界線後又被轉回。</translation>
    </message>
    <message>
        <source>Combine the handoffs: let one person finish the work in one go.</source>
        <translation>合併交接：讓同一個人一次完成這項工作。</translation>
    </message>
    <message>
        <source>Flexible routing gain</source>
        <translation>彈性路由的效益</translation>
    </message>
    <message>
        <source>With flexible routing the service could serve %1 customers per hour, %2 times its capacity with the drawn routing.</source>
        <translation>採用彈性路由時，服務每小時可服務 %1 位顧客，是依圖中路由所得產能的 %2 倍。</translation>
    </message>
    <message>
        <source>Balance the load between parallel paths or cross-train staff.</source>
        <translation>在平行路徑之間平衡負荷，或對員工進行交叉訓練。</translation>
    </message>
    <message>
        <source>High risk priority</source>
        <translation>風險優先數偏高</translation>
    </message>
    <message>
        <source>The failure mode at %1 has a risk priority number of %2 (threshold %3).</source>
        <translation>%1 的失效模式風險優先數（RPN）為 %2（門檻值為 %3）。</translation>
    </message>
    <message>
        <source>Lower its occurrence or improve detection: a check, a reminder, a poka-yoke.</source>
        <translation>降低其發生度或提升偵測能力：增加檢查、提醒或防呆措施。</translation>
    </message>
    <message>
        <source>Severe failure</source>
        <translation>嚴重失誤</translation>
    </message>
    <message>
        <source>A failure at %1 would be severe (severity %2 of 10), whatever its risk priority number (%3).</source>
        <translation>%1 一旦失誤，後果嚴重（嚴重度 %2/10），無論其風險優先數（%3）為何。</translation>
    </message>
    <message>
        <source>Design it fail-safe: prevent the failure, or catch it before it reaches the customer.</source>
        <translation>採用故障安全（fail-safe）設計：防止失誤發生，或在影響顧客之前加以攔截。</translation>
    </message>
    <message>
        <source>Action priority high</source>
        <translation>措施優先等級高</translation>
    </message>
    <message>
        <source>The Action Priority table rates the failure mode at %1 as high.</source>
        <translation>措施優先等級（AP）表將 %1 的失效模式評為高。</translation>
    </message>
    <message>
        <source>Action is required: reduce severity or occurrence, or improve detection.</source>
        <translation>必須採取措施：降低嚴重度或發生度，或提升偵測能力。</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>失誤點</translation>
    </message>
    <message>
        <source>%1 fails in %2% of visits and nothing routes the customer to a recovery.</source>
        <translation>%1 在 %2% 的造訪中發生失誤，且沒有任何連線將顧客導向補救。</translation>
    </message>
    <message>
        <source>Add a recovery path (a failure flow to a step that puts it right) or a poka-yoke that prevents the failure.</source>
        <translation>增加補救路徑（一條通往修正問題步驟的失誤連線），或增加防止失誤的防呆措施。</translation>
    </message>
    <message>
        <source>No start</source>
        <translation>沒有起始步驟</translation>
    </message>
    <message>
        <source>The blueprint has no start step.</source>
        <translation>服務藍圖沒有起始步驟。</translation>
    </message>
    <message>
        <source>Add a start step where customers enter the service.</source>
        <translation>在顧客進入服務之處新增起始步驟。</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>沒有結束步驟</translation>
    </message>
    <message>
        <source>The blueprint has no end step.</source>
        <translation>服務藍圖沒有結束步驟。</translation>
    </message>
    <message>
        <source>Add an end step where customers leave the service.</source>
        <translation>在顧客離開服務之處新增結束步驟。</translation>
    </message>
    <message>
        <source>Probability missing</source>
        <translation>缺少機率</translation>
    </message>
    <message>
        <source>A flow leaving %1 has no probability.</source>
        <translation>從 %1 流出的某條連線未指定機率。</translation>
    </message>
    <message>
        <source>Give every branch of the decision a probability.</source>
        <translation>為決策的每個分支指定機率。</translation>
    </message>
    <message>
        <source>Probability out of range</source>
        <translation>機率超出範圍</translation>
    </message>
    <message>
        <source>A flow leaving %1 has the probability %2, outside 0–100%.</source>
        <translation>從 %1 流出的某條連線機率為 %2，超出 0–100% 的範圍。</translation>
    </message>
    <message>
        <source>Use a probability between 0 and 100%.</source>
        <translation>請使用介於 0 到 100% 之間的機率。</translation>
    </message>
    <message>
        <source>Probabilities do not add up</source>
        <translation>機率總和不為 100%</translation>
    </message>
    <message>
        <source>The probabilities of the flows leaving %1 add up to %2%, not 100%.</source>
        <translation>從 %1 流出的各連線機率總和為 %2%，而非 100%。</translation>
    </message>
    <message>
        <source>Correct the branch probabilities so that they add up to 100%.</source>
        <translation>請修正各分支機率，使總和為 100%。</translation>
    </message>
    <message>
        <source>Unreachable step</source>
        <translation>無法到達的步驟</translation>
    </message>
    <message>
        <source>No customer reaches %1 from a start step.</source>
        <translation>沒有顧客能從起始步驟到達 %1。</translation>
    </message>
    <message>
        <source>Connect it to the flow or remove it.</source>
        <translation>將其連接到流程中，或將其刪除。</translation>
    </message>
    <message>
        <source>Dead end</source>
        <translation>死路</translation>
    </message>
    <message>
        <source>Customers at %1 can never reach an end step.</source>
        <translation>位於 %1 的顧客永遠無法到達結束步驟。</translation>
    </message>
    <message>
        <source>Connect it onwards to the rest of the flow or to an end step.</source>
        <translation>將其往後連接到流程的其餘部分或結束步驟。</translation>
    </message>
    <message>
        <source>Trapped flow</source>
        <translation>受困的流程</translation>
    </message>
    <message>
        <source>Customers who enter the loop at %1 can never leave it.</source>
        <translation>在 %1 進入迴圈的顧客永遠無法離開。</translation>
    </message>
    <message>
        <source>Give the loop an exit with a probability above zero.</source>
        <translation>為此迴圈設定一個機率大於零的出口。</translation>
    </message>
    <message>
        <source>Unmatched fork</source>
        <translation>未配對的平行分岔</translation>
    </message>
    <message>
        <source>%1 splits the customer into parallel branches that no single join brings together.</source>
        <translation>%1 將顧客拆分為多個平行分支，但沒有單一匯合步驟能將它們全部匯合。</translation>
    </message>
    <message>
        <source>Join the parallel branches in one join step.</source>
        <translation>以一個平行匯合步驟匯合這些平行分支。</translation>
    </message>
    <message>
        <source>Unmatched join</source>
        <translation>未配對的平行匯合</translation>
    </message>
    <message>
        <source>%1 waits for parallel branches that no single fork started.</source>
        <translation>%1 等待的平行分支並非由同一個平行分岔步驟產生。</translation>
    </message>
    <message>
        <source>Start the branches in one fork step, or make this a plain step.</source>
        <translation>請從同一個平行分岔步驟開始這些分支，或將此步驟改為一般步驟。</translation>
    </message>
    <message>
        <source>FMEA score out of range</source>
        <translation>FMEA 評分超出範圍</translation>
    </message>
    <message>
        <source>The FMEA scores of %1 must be whole numbers from 1 to 10.</source>
        <translation>%1 的 FMEA 評分必須是 1 到 10 之間的整數。</translation>
    </message>
    <message>
        <source>Correct severity, occurrence and detection.</source>
        <translation>請修正嚴重度、發生度與偵測度。</translation>
    </message>
    <message>
        <source>No time given</source>
        <translation>未指定時間</translation>
    </message>
    <message>
        <source>%1 has no service time.</source>
        <translation>%1 沒有服務時間。</translation>
    </message>
    <message>
        <source>Give it a time so that waits and the flow time include it.</source>
        <translation>請為其指定時間，讓等待時間與流程時間將其納入計算。</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <translation>%1（位於 %2）。</translation>
    </message>
</context>
<context>
    <name>bp::FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>分析結果</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>沒有分析結果。</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 個錯誤</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n 個錯誤</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 個警告</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 則提示</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n 則提示</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Show or hide the %1</source>
        <translation>顯示或隱藏%1</translation>
    </message>
    <message>
        <source>Show the findings of one kind only</source>
        <translation>只顯示某一類分析結果</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <source>Model checks</source>
        <translation>模型檢查</translation>
    </message>
</context>
<context>
    <name>bp::FindingsModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>element title (id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Model check</source>
        <translation>模型檢查</translation>
    </message>
    <message>
        <source>A check of the model</source>
        <translation>對模型的檢查</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>代碼：%1</translation>
    </message>
</context>
<context>
    <name>bp::FlowPage</name>
    <message>
        <source>%1 (%2)</source>
        <comment>step title (id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Branch probability. Automatic: 100 % when it is the only routing flow of its step.</source>
        <translation>分支機率。自動：當它是所屬步驟唯一的路由連線時為 100%。</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起點：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>終點：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>機率(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>標籤(&amp;L)：</translation>
    </message>
    <message>
        <source>Change flow kind</source>
        <translation>變更連線類型</translation>
    </message>
    <message>
        <source>Change probability</source>
        <translation>變更機率</translation>
    </message>
    <message>
        <source>Change flow label</source>
        <translation>變更連線標籤</translation>
    </message>
    <message>
        <source>Flow &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>連線 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n flows selected; an edit changes all of them.</source>
        <translation>
            <numerusform>已選取 %n 條連線；所做的編輯會套用到全部選取的連線。</numerusform>
        </translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>（多個值）</translation>
    </message>
</context>
<context>
    <name>bp::Handout</name>
    <message>
        <source>Service blueprint</source>
        <translation>服務藍圖</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>page number / page count</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 was not written: the blueprint has no steps.</source>
        <translation>未寫入 %1：服務藍圖沒有步驟。</translation>
    </message>
    <message>
        <source>Could not create the PDF %1.</source>
        <translation>無法建立 PDF %1。</translation>
    </message>
    <message>
        <source>Nothing was written: the blueprint has no steps.</source>
        <translation>未寫入任何內容：服務藍圖沒有步驟。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
</context>
<context>
    <name>bp::HelpDialog</name>
    <message>
        <source>Blueprint Studio User Guide</source>
        <translation>Blueprint Studio 使用者指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>此版本中缺少使用者指南。</translation>
    </message>
</context>
<context>
    <name>bp::HistoryDock</name>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已開啟&gt;</translation>
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
        <source>blueprint-studio: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).
Run it under a virtual display: xvfb-run -a %1 FILE
</source>
        <translation>blueprint-studio：找不到顯示器（DISPLAY 與 WAYLAND_DISPLAY 皆未設定）。
請在虛擬顯示器中執行：xvfb-run -a %1 FILE
</translation>
    </message>
    <message>
        <source>Blueprint files to open.</source>
        <translation>要開啟的服務藍圖檔案。</translation>
    </message>
</context>
<context>
    <name>bp::MainWindow</name>
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
    <message>
        <source>Main Toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>從範本新增(&amp;T)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟的檔案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>建立複本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>視窗(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近開啟的檔案</translation>
    </message>
    <message>
        <source>%1 no longer exists and was removed from the list of recent files.</source>
        <translation>%1 已不存在，已從最近開啟的檔案清單中移除。</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
    <message>
        <source>Mi&amp;nimize</source>
        <translation>最小化(&amp;N)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>縮放至選取範圍(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>顯示格線(&amp;G)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概觀</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概觀(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Auto-arrange</source>
        <translation>自動排列(&amp;A)</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>無法開啟 %1。</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>從範本新增</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <comment>step count, flow count, lane count</comment>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>1 lane</source>
        <translation>1 條泳道</translation>
    </message>
    <message numerus="yes">
        <source>%n lanes</source>
        <translation>
            <numerusform>%n 條泳道</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪下</translation>
    </message>
    <message>
        <source>Copied 1 step</source>
        <translation>已複製 1 個步驟</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n steps</source>
        <translation>
            <numerusform>已複製 %n 個步驟</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>剪貼簿中沒有可貼上的步驟。</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>建立複本</translation>
    </message>
    <message>
        <source>Export &amp;Walkthrough…</source>
        <translation>匯出逐步導覽(&amp;W)…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>偏好設定(&amp;F)…</translation>
    </message>
    <message>
        <source>Start &amp;Presentation</source>
        <translation>開始簡報(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用者指南(&amp;U)</translation>
    </message>
    <message>
        <source>Show the version of Blueprint Studio</source>
        <translation>顯示 Blueprint Studio 的版本</translation>
    </message>
    <message>
        <source>Start an untitled blueprint from the sample “%1”</source>
        <translation>以範例「%1」新增一個未命名的服務藍圖</translation>
    </message>
    <message>
        <source>Minimize this window</source>
        <translation>將此視窗最小化</translation>
    </message>
    <message>
        <source>Bring this window to the front</source>
        <translation>將此視窗移至最上層</translation>
    </message>
    <message>
        <source>Zoom to the selected steps and flows</source>
        <translation>縮放至選取的步驟與連線</translation>
    </message>
    <message>
        <source>Show or hide the grid that steps snap to</source>
        <translation>顯示或隱藏步驟對齊用的格線</translation>
    </message>
    <message>
        <source>Lay the steps out left to right in flow order</source>
        <translation>依流程順序由左至右排列步驟</translation>
    </message>
    <message>
        <source>Recovered; not saved yet</source>
        <translation>已復原；尚未儲存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>The previous version of %1 could not be kept as a backup.</source>
        <translation>無法將 %1 的上一個版本保留為備份。</translation>
    </message>
    <message>
        <source>Save anyway, without a backup?</source>
        <translation>仍要儲存，不保留備份？</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>仍要儲存(&amp;A)</translation>
    </message>
    <message>
        <source>This blueprint was recovered after a crash.</source>
        <translation>此服務藍圖是在程式當機後復原的。</translation>
    </message>
    <message>
        <source>Replace %1 on disk with the recovered version?</source>
        <translation>以復原的版本取代磁碟上的 %1？</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program since it was opened or saved here.</source>
        <translation>自在此開啟或儲存以來，%1 已在磁碟上被其他程式變更。</translation>
    </message>
    <message>
        <source>Overwrite it with your version, or save yours under another name?</source>
        <translation>要以您的版本覆寫它，還是將您的版本另存為其他名稱？</translation>
    </message>
    <message>
        <source>%1 was deleted on disk since it was opened or saved here.</source>
        <translation>自在此開啟或儲存以來，%1 已從磁碟上刪除。</translation>
    </message>
    <message>
        <source>Save it again, or save under another name?</source>
        <translation>要再次儲存，還是另存為其他名稱？</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆寫(&amp;O)</translation>
    </message>
    <message>
        <source>Reload Blueprint</source>
        <translation>重新載入服務藍圖</translation>
    </message>
    <message>
        <source>Reload %1 from disk?</source>
        <translation>從磁碟重新載入 %1？</translation>
    </message>
    <message>
        <source>Your unsaved changes will be lost.</source>
        <translation>未儲存的變更將會遺失。</translation>
    </message>
    <message>
        <source>&amp;Discard Changes and Reload</source>
        <translation>捨棄變更並重新載入(&amp;D)</translation>
    </message>
    <message>
        <source>%1 could not be read; your version stays open.</source>
        <translation>無法讀取 %1；您的版本仍保持開啟。</translation>
    </message>
    <message>
        <source>-walkthrough</source>
        <comment>file name suffix of a walkthrough handout</comment>
        <translation>-逐步導覽</translation>
    </message>
    <message>
        <source>PDF handout, one page per step (*.pdf)</source>
        <translation>PDF 講義，每個步驟一頁 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images, one per step, in a folder (*)</source>
        <translation>PNG 影像，每個步驟一張，存放於資料夾中 (*)</translation>
    </message>
    <message>
        <source>Export Walkthrough</source>
        <translation>匯出逐步導覽</translation>
    </message>
    <message>
        <source>The walkthrough was not exported.</source>
        <translation>逐步導覽未匯出。</translation>
    </message>
    <message numerus="yes">
        <source>Exported the walkthrough: %n page(s) to %1</source>
        <translation>
            <numerusform>已匯出逐步導覽：%n 頁，儲存至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a blueprint file</source>
        <translation>開啟服務藍圖檔案</translation>
    </message>
    <message>
        <source>Save the blueprint</source>
        <translation>儲存服務藍圖</translation>
    </message>
    <message>
        <source>Save the blueprint under a new name</source>
        <translation>以新名稱儲存服務藍圖</translation>
    </message>
    <message>
        <source>Export the customer journey as a handout: a PDF or PNG images, one per step</source>
        <translation>將顧客旅程匯出為講義：一個 PDF 或一組 PNG 影像，每個步驟一頁</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>關閉此視窗</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>關閉所有視窗並結束</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>復原上一次變更</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>重做上一次復原的變更</translation>
    </message>
    <message>
        <source>Cut the selected steps and flows to the clipboard</source>
        <translation>將選取的步驟與連線剪下至剪貼簿</translation>
    </message>
    <message>
        <source>Copy the selected steps and flows</source>
        <translation>複製選取的步驟與連線</translation>
    </message>
    <message>
        <source>Paste steps and flows from the clipboard</source>
        <translation>從剪貼簿貼上步驟與連線</translation>
    </message>
    <message>
        <source>Duplicate the selected steps and flows</source>
        <translation>為選取的步驟與連線建立複本</translation>
    </message>
    <message>
        <source>Delete the selected steps and flows</source>
        <translation>刪除選取的步驟與連線</translation>
    </message>
    <message>
        <source>Select every step and flow</source>
        <translation>選取所有步驟與連線</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit the whole blueprint in the window</source>
        <translation>使整個服務藍圖符合視窗大小</translation>
    </message>
    <message>
        <source>Show the blueprint at 100 %</source>
        <translation>以 100% 顯示服務藍圖</translation>
    </message>
    <message>
        <source>Present the customer journey full screen, step by step (Esc ends)</source>
        <translation>全螢幕逐步展示顧客旅程（按 Esc 結束）</translation>
    </message>
    <message>
        <source>Read about lanes, lines, the F and W marks and the analysis figures</source>
        <translation>了解泳道、分界線、F 與 W 標記以及分析數值</translation>
    </message>
    <message>
        <source>Forget the recent files</source>
        <translation>清除最近開啟的檔案清單</translation>
    </message>
    <message>
        <source>Open the %1 menu</source>
        <translation>開啟「%1」選單</translation>
    </message>
    <message>
        <source>Show or hide: %1</source>
        <translation>顯示或隱藏：%1</translation>
    </message>
    <message>
        <source>Blueprints (*.blueprint);;BPMN 2.0 models (*.bpmn *.bpmn2);;All files (*)</source>
        <translation>服務藍圖 (*.blueprint);;BPMN 2.0 模型 (*.bpmn *.bpmn2);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Export &amp;BPMN 2.0…</source>
        <translation>匯出 BPMN 2.0(&amp;B)…</translation>
    </message>
    <message>
        <source>Save the blueprint as a BPMN 2.0 model for Camunda Modeler, bpmn.io and other BPMN tools</source>
        <translation>將服務藍圖儲存為 BPMN 2.0 模型，供 Camunda Modeler、bpmn.io 等 BPMN 工具使用</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Export BPMN 2.0</source>
        <translation>匯出 BPMN 2.0</translation>
    </message>
    <message>
        <source>BPMN 2.0 models (*.bpmn)</source>
        <translation>BPMN 2.0 模型 (*.bpmn)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已匯出 %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;Blank Blueprint</source>
        <translation>新增空白服務藍圖(&amp;B)</translation>
    </message>
    <message>
        <source>Start a new blueprint: a blank one or a sample, with what each one teaches</source>
        <translation>新增服務藍圖：空白藍圖或範例，並了解每個範例的教學重點</translation>
    </message>
    <message>
        <source>Start a new blueprint with the standard lanes, without the gallery</source>
        <translation>不經範本庫，直接新增一個含標準泳道的服務藍圖</translation>
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
    <message>
        <source>%1=%2 must be a whole number from %3 to %4</source>
        <translation>%1=%2 必須是 %3 到 %4 之間的整數</translation>
    </message>
    <message>
        <source>%1=%2 is out of range: it must be more than %3 and at most %4</source>
        <translation>%1=%2 超出範圍：必須大於 %3 且不超過 %4</translation>
    </message>
    <message>
        <source>the utilisation bands must rise: busy ≤ high ≤ critical</source>
        <translation>利用率區間必須遞增：busy ≤ high ≤ critical</translation>
    </message>
    <message>
        <source>%1=%2 is below %3 (%4): %5</source>
        <translation>%1=%2 低於 %3（%4）：%5</translation>
    </message>
    <message>
        <source>%1=%2 is above %3 (%4): %5</source>
        <translation>%1=%2 高於 %3（%4）：%5</translation>
    </message>
    <message>
        <source>more than one &lt;analysis&gt; element</source>
        <translation>存在多個 &lt;analysis&gt; 元素</translation>
    </message>
</context>
<context>
    <name>bp::NotesWindow</name>
    <message>
        <source>Speaker Notes</source>
        <translation>演講者備忘稿</translation>
    </message>
    <message>
        <source>%1 / %2   %3</source>
        <translation>%1 / %2   %3</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>此步驟沒有備忘稿。</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Last step.</source>
        <translation>最後一步。</translation>
    </message>
</context>
<context>
    <name>bp::OverlayLegend</name>
    <message>
        <source>Show the legend</source>
        <translation>顯示圖例</translation>
    </message>
    <message>
        <source>Fold the legend</source>
        <translation>摺疊圖例</translation>
    </message>
</context>
<context>
    <name>bp::OverviewWidget</name>
    <message>
        <source>Overview: drag the rectangle to move the view</source>
        <translation>概觀：拖曳矩形框以移動檢視範圍</translation>
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
    <name>bp::PaletteToolBar</name>
    <message>
        <source>Palette</source>
        <translation>工具面板</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>選取</translation>
    </message>
    <message>
        <source>Select and move (Esc)</source>
        <translation>選取並移動（Esc）</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連接</translation>
    </message>
    <message>
        <source>Connect: drag from one step to another</source>
        <translation>連接：從一個步驟拖曳到另一個步驟</translation>
    </message>
    <message>
        <source>%1: click, then click in a lane; or drag onto the canvas</source>
        <translation>%1：按一下此按鈕，再於泳道中按一下；或直接拖曳到畫布上</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決策</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>平行分岔</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>平行匯合</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>有形展示</translation>
    </message>
</context>
<context>
    <name>bp::PreferencesDialog</name>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>One backup beside the file (.bak)</source>
        <translation>在檔案旁保留一個備份（.bak）</translation>
    </message>
    <message>
        <source>Every version in a folder</source>
        <translation>在資料夾中保留每個版本</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds after the last edit; unsaved work is autosaved at least once a minute. Autosaved documents are offered after a crash.</source>
        <translation>最後一次編輯後的秒數；未儲存的工作至少每分鐘自動儲存一次。程式當機後會提供自動儲存的文件以供復原。</translation>
    </message>
    <message>
        <source>&amp;Backup on save:</source>
        <translation>儲存時備份(&amp;B)：</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>備份資料夾(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>自動儲存間隔(&amp;A)：</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系統預設（%1）</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages. The command-line tool follows the system language.</source>
        <translation>選單、對話方塊和訊息使用的語言。命令列工具跟隨系統語言。</translation>
    </message>
    <message>
        <source>The new language shows when Blueprint Studio is started again.</source>
        <translation>重新啟動 Blueprint Studio 後顯示新語言。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>bp::PresentationWindow</name>
    <message>
        <source>Presentation — %1</source>
        <translation>簡報 — %1</translation>
    </message>
    <message>
        <source>%1 / %2   %3</source>
        <translation>%1 / %2   %3</translation>
    </message>
    <message>
        <source>This blueprint has no steps to walk through.</source>
        <translation>此服務藍圖沒有可逐步展示的步驟。</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>演講者備忘稿</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>此步驟沒有備忘稿。</translation>
    </message>
    <message>
        <source>Lanes %1 of %2</source>
        <translation>泳道 %1 / %2</translation>
    </message>
    <message>
        <source>→ next   ← back   L lanes   + − 0 zoom   N notes   P pointer   Esc end</source>
        <translation>→ 下一步   ← 上一步   L 泳道   + − 0 縮放   N 備忘稿   P 雷射筆   Esc 結束</translation>
    </message>
</context>
<context>
    <name>bp::PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>%1 and %2 are selected. Select only steps or only flows to edit them.</source>
        <translation>已選取 %1 與 %2。請只選取步驟或只選取連線再進行編輯。</translation>
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
</context>
<context>
    <name>bp::PropertyNames</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決策</translation>
    </message>
    <message>
        <source>Fork (parallel split)</source>
        <translation>平行分岔（拆分為平行分支）</translation>
    </message>
    <message>
        <source>Join (parallel join)</source>
        <translation>平行匯合（匯合平行分支）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>有形展示</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>一般連線</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>重工</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失誤</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>有形展示連線</translation>
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
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source> s</source>
        <comment>time unit suffix</comment>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <comment>time unit suffix</comment>
        <translation> min</translation>
    </message>
    <message>
        <source> h</source>
        <comment>time unit suffix</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>每分鐘</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>每小時</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>（多個值）</translation>
    </message>
</context>
<context>
    <name>bp::Recovery</name>
    <message>
        <source>There is no recovery folder.</source>
        <translation>沒有復原資料夾。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>無法讀取 %1。</translation>
    </message>
</context>
<context>
    <name>bp::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>復原未儲存的工作</translation>
    </message>
    <message>
        <source>Blueprint Studio did not close normally. These blueprints had unsaved changes and were autosaved:</source>
        <translation>Blueprint Studio 未正常關閉。下列服務藍圖有未儲存的變更，已自動儲存：</translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation>服務藍圖</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>原始檔案</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>自動儲存時間</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>（從未儲存）</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復原(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>捨棄(&amp;D)</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>稍後決定(&amp;L)</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已復原</translation>
    </message>
    <message>
        <source>Save Recovered Blueprint As</source>
        <translation>另存復原的服務藍圖</translation>
    </message>
    <message>
        <source>Blueprints (*.blueprint)</source>
        <translation>服務藍圖 (*.blueprint)</translation>
    </message>
</context>
<context>
    <name>bp::Simulation</name>
    <message>
        <source>the number of customers must be at least 1</source>
        <translation>顧客數必須至少為 1</translation>
    </message>
    <message>
        <source>the number of replications must be at least 1</source>
        <translation>重複執行次數必須至少為 1</translation>
    </message>
    <message>
        <source>the blueprint has no demand: give an arrival rate to simulate it</source>
        <translation>服務藍圖沒有需求：請指定到達率後再進行模擬</translation>
    </message>
    <message>
        <source>the arrival SCV must be a number of at least 0</source>
        <translation>到達 SCV 必須是大於或等於 0 的數字</translation>
    </message>
    <message>
        <source>the blueprint has no start step where customers enter</source>
        <translation>服務藍圖沒有供顧客進入的起始步驟</translation>
    </message>
    <message>
        <source>pool %1 has no servers</source>
        <translation>資源池 %1 沒有服務台</translation>
    </message>
    <message>
        <source>step %1 has an invalid time or SCV</source>
        <translation>步驟 %1 的時間或 SCV 無效</translation>
    </message>
    <message>
        <source>step %1 has no resource pool</source>
        <translation>步驟 %1 沒有資源池</translation>
    </message>
    <message>
        <source>flow %1 has no routing probability</source>
        <translation>連線 %1 沒有路由機率</translation>
    </message>
    <message>
        <source>step %1 is a dead end: no flow leaves it</source>
        <translation>步驟 %1 是死路：沒有任何連線從它流出</translation>
    </message>
    <message>
        <source>the routing probabilities out of step %1 sum to %2, not 1</source>
        <translation>從步驟 %1 流出的路由機率總和為 %2，而非 1</translation>
    </message>
    <message>
        <source>a customer made more than %1 visits and was still at step %2: a loop without exit traps customers</source>
        <translation>有顧客造訪超過 %1 次後仍停留在步驟 %2：有一個沒有出口的迴圈困住了顧客</translation>
    </message>
    <message>
        <source>customers were left in the system with nothing to do</source>
        <translation>有顧客滯留在系統中，且無事可做</translation>
    </message>
    <message>
        <source>customers waited forever at join %1: not every branch of their fork reaches it</source>
        <translation>顧客在平行匯合 %1 無限等待：其平行分岔的分支並非全部都能到達此處</translation>
    </message>
    <message>
        <source>a replication reached the limit of %1 events</source>
        <translation>某次重複執行達到 %1 個事件的上限</translation>
    </message>
    <message>
        <source>the simulation was cancelled</source>
        <translation>模擬已取消</translation>
    </message>
    <message>
        <source>overloaded in %1 of %2 replications: %3; the queue grows without bound, so the figures are not steady-state values</source>
        <translation>在 %2 次重複執行中有 %1 次超載：%3；排隊人數無限增加，因此這些數值並非穩態值</translation>
    </message>
</context>
<context>
    <name>bp::SimulationDialog</name>
    <message>
        <source>E&amp;xponential times (the exact Jackson model)</source>
        <translation>指數分布時間（精確的 Jackson 模型）(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>執行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消執行(&amp;C)</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>模擬</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Analytic wait (min)</source>
        <translation>解析等待時間（min）</translation>
    </message>
    <message>
        <source>Simulated wait (min)</source>
        <translation>模擬等待時間（min）</translation>
    </message>
    <message>
        <source>± 95 % CI</source>
        <translation>± 95% 信賴區間</translation>
    </message>
    <message>
        <source>Inside CI</source>
        <translation>在信賴區間內</translation>
    </message>
    <message>
        <source>C&amp;ustomers per replication:</source>
        <translation>每次重複執行的顧客數(&amp;U)：</translation>
    </message>
    <message>
        <source>R&amp;eplications:</source>
        <translation>重複執行次數(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>隨機種子(&amp;S)：</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>模擬中…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The simulation did not run: %1</source>
        <translation>模擬未執行：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Process flow time</source>
        <translation>流程時間</translation>
    </message>
    <message>
        <source>%1 replications of %2 customers. %3 of %4 analytic waits lie inside the simulated 95 % confidence interval.</source>
        <translation>%1 次重複執行，每次 %2 位顧客。%4 個解析等待時間中有 %3 個落在模擬的 95% 信賴區間內。</translation>
    </message>
    <message>
        <source>Approximate wait formulas are compared with the simulation of the stated variability: some differences are expected.</source>
        <translation>近似等待公式是與依所設變異性進行的模擬相比較：出現一些差異屬正常現象。</translation>
    </message>
    <message>
        <source>Some resource was overloaded: the figures are not steady.</source>
        <translation>有資源超載：這些數值並非穩態值。</translation>
    </message>
</context>
<context>
    <name>bp::StepPage</name>
    <message>
        <source>∞ (self-service)</source>
        <translation>∞（自助服務）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>equal share</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Parallel servers for this step; ∞ for self-service (no queue).</source>
        <translation>此步驟的平行服務台數；∞ 表示自助服務（不需排隊）。</translation>
    </message>
    <message>
        <source>Longest acceptable wait before this step, for a customer who is present.</source>
        <translation>顧客在場時，此步驟之前可接受的最長等待時間。</translation>
    </message>
    <message>
        <source>Longest acceptable duration of the step itself.</source>
        <translation>步驟本身可接受的最長持續時間。</translation>
    </message>
    <message>
        <source>Probability that a visit fails in a way that no flow routes to a recovery.</source>
        <translation>每次造訪此步驟時發生失誤、且沒有任何連線將其導向補救的機率。</translation>
    </message>
    <message>
        <source>FMEA detection score: 1 = always detected, 10 = cannot be detected.</source>
        <translation>FMEA 偵測度評分：1 = 一定能偵測到，10 = 無法偵測。</translation>
    </message>
    <message>
        <source>On a start step: the share of arrivals entering here.</source>
        <translation>用於起始步驟：從此處進入的到達顧客所占比例。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>泳道(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>時間(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Variability (SCV):</source>
        <translation>變異性（SCV）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>服務台數(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>資源池(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Entry share:</source>
        <translation>進入比例(&amp;E)：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Customer &amp;present:</source>
        <translation>顧客在場(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Wait tolerance:</source>
        <translation>等待容忍時間(&amp;W)：</translation>
    </message>
    <message>
        <source>E&amp;xecution tolerance:</source>
        <translation>執行容忍時間(&amp;X)：</translation>
    </message>
    <message>
        <source>Failure (FMEA)</source>
        <translation>失誤（FMEA）</translation>
    </message>
    <message>
        <source>P(&amp;fail):</source>
        <translation>失誤機率(&amp;F)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>嚴重度(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Occurrence:</source>
        <translation>發生度(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Detection:</source>
        <translation>偵測度(&amp;D)：</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>重新命名步驟</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>變更描述</translation>
    </message>
    <message>
        <source>Change step kind</source>
        <translation>變更步驟類型</translation>
    </message>
    <message>
        <source>Move to lane</source>
        <translation>移至泳道</translation>
    </message>
    <message>
        <source>Change pool</source>
        <translation>變更資源池</translation>
    </message>
    <message>
        <source>Change customer presence</source>
        <translation>變更顧客在場狀態</translation>
    </message>
    <message>
        <source>Change time</source>
        <translation>變更時間</translation>
    </message>
    <message>
        <source>Change variability</source>
        <translation>變更變異性</translation>
    </message>
    <message>
        <source>Change servers</source>
        <translation>變更服務台數</translation>
    </message>
    <message>
        <source>Change wait tolerance</source>
        <translation>變更等待容忍時間</translation>
    </message>
    <message>
        <source>Change execution tolerance</source>
        <translation>變更執行容忍時間</translation>
    </message>
    <message>
        <source>Change failure probability</source>
        <translation>變更失誤機率</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>變更嚴重度</translation>
    </message>
    <message>
        <source>Change occurrence</source>
        <translation>變更發生度</translation>
    </message>
    <message>
        <source>Change detection</source>
        <translation>變更偵測度</translation>
    </message>
    <message>
        <source>Change entry share</source>
        <translation>變更進入比例</translation>
    </message>
    <message>
        <source>Step &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>步驟 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n steps selected; an edit changes all of them.</source>
        <translation>
            <numerusform>已選取 %n 個步驟；所做的編輯會套用到全部選取的步驟。</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>The pool&apos;s servers serve this step.</source>
        <translation>此步驟由資源池的服務台提供服務。</translation>
    </message>
</context>
<context>
    <name>bp::TemplateGallery</name>
    <message>
        <source>New from Template</source>
        <translation>從範本新增</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>建立(&amp;C)</translation>
    </message>
    <message>
        <source>Blank blueprint</source>
        <translation>空白服務藍圖</translation>
    </message>
    <message>
        <source>The five standard lanes and the three lines, ready to draw on.</source>
        <translation>五條標準泳道與三條分界線，可直接開始繪製。</translation>
    </message>
    <message>
        <source>An empty blueprint with the lanes physical evidence, customer actions, frontstage, backstage and support processes, and the lines of interaction, visibility and internal interaction between them.</source>
        <translation>一個空白的服務藍圖，包含有形展示、顧客行為、前台接觸員工行為、後台接觸員工行為與支援流程五條泳道，以及其間的互動分界線、可視分界線與內部互動分界線。</translation>
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
<context>
    <name>bp::ValueSpinBox</name>
    <message>
        <source>(mixed)</source>
        <translation>（多個值）</translation>
    </message>
</context>
<context>
    <name>bp::Walkthrough</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a step title quoted in a caption</comment>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Fail point: %1 fails %2 of the time and nothing routes the customer to recovery.</source>
        <translation>失誤點：%1 有 %2 的時間會失誤，且沒有任何路徑將顧客引導至補救。</translation>
    </message>
    <message>
        <source>Fail point: %1 fails %2 of the time and its failure route never brings the customer back to the end of the service.</source>
        <translation>失誤點：%1 有 %2 的時間會失誤，且其失誤路徑從未將顧客帶回服務的結束步驟。</translation>
    </message>
    <message>
        <source>Severity %1 of 10.</source>
        <translation>嚴重度 %1（滿分 10）。</translation>
    </message>
    <message>
        <source>Wait point: customers wait %1 on average against a tolerance of %2.</source>
        <translation>等待點：顧客平均等待 %1，容忍時間為 %2。</translation>
    </message>
    <message>
        <source>%1 of customers wait longer than the tolerance of %2; the target allows %3.</source>
        <translation>%1 的顧客等待時間超過容忍時間 %2；目標允許的比例為 %3。</translation>
    </message>
    <message>
        <source>Wait point: %1</source>
        <translation>等待點：%1</translation>
    </message>
</context>
<context>
    <name>bp::WhatIfPanel</name>
    <message>
        <source>What-if</source>
        <translation>假設分析</translation>
    </message>
    <message>
        <source>&amp;Apply to Blueprint</source>
        <translation>套用至服務藍圖(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重設(&amp;R)</translation>
    </message>
    <message>
        <source> /h</source>
        <translation> /h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Change the blueprint as tried here (one undo step)</source>
        <translation>依此處的嘗試修改服務藍圖（可一次復原）</translation>
    </message>
    <message>
        <source>Arrival rate:</source>
        <translation>到達率：</translation>
    </message>
    <message>
        <source>Servers of:</source>
        <translation>資源池的服務台數：</translation>
    </message>
    <message>
        <source>Time of:</source>
        <translation>步驟的時間：</translation>
    </message>
    <message>
        <source>Change a value above to see its effect; the blueprint stays as it is.</source>
        <translation>修改上方的某個值以查看其影響；服務藍圖維持不變。</translation>
    </message>
    <message>
        <source>Now: %1
What-if: %2</source>
        <translation>目前：%1
假設：%2</translation>
    </message>
    <message>
        <source>Apply What-if</source>
        <translation>套用假設分析</translation>
    </message>
    <message>
        <source>Change Servers</source>
        <translation>變更服務台數</translation>
    </message>
    <message>
        <source>Change Time</source>
        <translation>變更時間</translation>
    </message>
</context>
<context>
    <name>bp::WindowManager</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>復原未儲存的工作</translation>
    </message>
    <message>
        <source>The autosaved blueprint could not be read; it is kept.</source>
        <translation>無法讀取自動儲存的服務藍圖；該檔案已保留。</translation>
    </message>
</context>
<context>
    <name>bp::ZoomSlider</name>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
</TS>
