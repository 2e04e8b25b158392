<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>bp::ActionPriority</name>
    <message>
        <source>the %1 range %2 runs backwards; write it as %3-%4</source>
        <translation>%1 范围 %2 的顺序颠倒了；请写成 %3-%4</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to 10, a range such as 9-10, or *; found %2</source>
        <translation>%1 必须是 1 到 10 之间的整数、范围（如 9-10）或 *；实际为 %2</translation>
    </message>
    <message>
        <source>the first line must be the header &quot;severity,occurrence,detection,ap&quot;</source>
        <translation>第一行必须是表头 &quot;severity,occurrence,detection,ap&quot;</translation>
    </message>
    <message>
        <source>a row needs 4 fields (severity, occurrence, detection, ap); this one has %1</source>
        <translation>每行需要 4 个字段（severity、occurrence、detection、ap）；此行有 %1 个</translation>
    </message>
    <message>
        <source>ap must be H, M or L; found %1</source>
        <translation>ap 必须是 H、M 或 L；实际为 %1</translation>
    </message>
    <message>
        <source>the file has no header and no rows</source>
        <translation>文件既没有表头，也没有数据行</translation>
    </message>
    <message>
        <source>the table gives no priority for severity %1, occurrence %2, detection %3</source>
        <translation>该表没有给出严重度 %1、发生度 %2、探测度 %3 所对应的措施优先级</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
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
        <translation>失误点（无补救）</translation>
    </message>
    <message>
        <source>Fail point with recovery</source>
        <translation>失误点（有补救）</translation>
    </message>
    <message>
        <source>Wait point: wait over tolerance</source>
        <translation>等待点：等待时间超过容忍时间</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Utilisation ρ (fill and badge)</source>
        <translation>利用率 ρ（填充色和标记）</translation>
    </message>
    <message>
        <source>Unstable: ρ ≥ 1 (thick outline)</source>
        <translation>不稳定：ρ ≥ 1（粗轮廓线）</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>关键路径</translation>
    </message>
    <message>
        <source>Analysis overlay</source>
        <translation>分析叠加层</translation>
    </message>
</context>
<context>
    <name>bp::AnalysisSettingsDialog</name>
    <message>
        <source>Analysis Settings</source>
        <translation>分析设置</translation>
    </message>
    <message>
        <source>Automatic (exact when exponential, else Allen–Cunneen)</source>
        <translation>自动（指数分布时用精确模型，否则用 Allen–Cunneen）</translation>
    </message>
    <message>
        <source>Exact M/M/c (Erlang C)</source>
        <translation>精确 M/M/c（Erlang C）</translation>
    </message>
    <message>
        <source>Allen–Cunneen with QNA arrivals</source>
        <translation>Allen–Cunneen 结合 QNA 到达过程</translation>
    </message>
    <message>
        <source>Allen–Cunneen with Poisson arrivals</source>
        <translation>Allen–Cunneen（泊松到达）</translation>
    </message>
    <message>
        <source>Sakasegawa with QNA arrivals</source>
        <translation>Sakasegawa 结合 QNA 到达过程</translation>
    </message>
    <message>
        <source>80, 100, 120 and 125 are common choices</source>
        <translation>常用值为 80、100、120 和 125</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of customers who should wait no longer than a step&apos;s tolerance</source>
        <translation>等待时间不超过步骤容忍时间的顾客应占的比例</translation>
    </message>
    <message>
        <source>&amp;Wait model:</source>
        <translation>等待模型(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Busy from utilisation:</source>
        <translation>“忙碌”利用率阈值(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;High from utilisation:</source>
        <translation>“利用率高”阈值(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Critical from utilisation:</source>
        <translation>“临界利用率”阈值(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Target utilisation (servers needed):</source>
        <translation>目标利用率（用于计算所需服务台数）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;RPN threshold:</source>
        <translation>RPN 阈值(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Severity threshold:</source>
        <translation>严重度阈值(&amp;S)：</translation>
    </message>
    <message>
        <source>Target service &amp;level:</source>
        <translation>目标服务水平(&amp;L)：</translation>
    </message>
    <message>
        <source>These settings belong to this document: they are saved in its file, and Undo takes a change back. New documents start from the defaults of the analysis specification.</source>
        <translation>这些设置属于本文档：它们保存在文件中，可以用“撤销”撤回更改。新文档从分析规范的默认值开始。</translation>
    </message>
    <message>
        <source>8 hours (default)</source>
        <translation>8 小时（默认）</translation>
    </message>
    <message>
        <source>How far ahead to show the backlog of an overloaded step (UNSTABLE)</source>
        <translation>显示过载步骤（UNSTABLE）积压量时向前推算的时长</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>A customer passed back and forth between lanes within this many consecutive steps is a ping-pong handoff</source>
        <translation>顾客在这么多个连续步骤之内在泳道之间来回传递，即视为来回交接</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Report flexible routing when pooling the servers would raise the capacity by more than this factor</source>
        <translation>当合并服务台能使产能提高超过此倍数时，报告灵活路由</translation>
    </message>
    <message>
        <source>Utilisations this close (relative) are a tie: both steps are bottlenecks</source>
        <translation>利用率相差在此范围内（相对值）即视为并列：两个步骤都是瓶颈</translation>
    </message>
    <message>
        <source>How far the probabilities leaving a step may miss 1 before it is an error</source>
        <translation>离开一个步骤的概率之和与 1 相差多少以内仍不算错误</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Backlog &amp;horizon:</source>
        <translation>积压推算时长(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Ping-pong window:</source>
        <translation>来回交接窗口(&amp;P)：</translation>
    </message>
    <message>
        <source>Flexible-routing &amp;gain:</source>
        <translation>灵活路由增益(&amp;G)：</translation>
    </message>
    <message>
        <source>T&amp;ie tolerance:</source>
        <translation>并列容差(&amp;I)：</translation>
    </message>
    <message>
        <source>Probabilit&amp;y tolerance:</source>
        <translation>概率容差(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>bp::AnalysisUi</name>
    <message>
        <source>Analysis &amp;Overlay</source>
        <translation>分析叠加层(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Critical Path</source>
        <translation>关键路径(&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>分析(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>立即运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Simulate…</source>
        <translation>仿真(&amp;S)…</translation>
    </message>
    <message>
        <source>Analysis S&amp;ettings…</source>
        <translation>分析设置(&amp;E)…</translation>
    </message>
    <message>
        <source>Load Action &amp;Priority Table…</source>
        <translation>加载措施优先级表(&amp;P)…</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>Analysis: fix the errors to see figures</source>
        <translation>分析：请修正错误以查看数值</translation>
    </message>
    <message>
        <source>Bottleneck: %1 (ρ %2)</source>
        <translation>瓶颈：%1（ρ %2）</translation>
    </message>
    <message>
        <source>Flow time %1 min</source>
        <translation>流程时间 %1 min</translation>
    </message>
    <message>
        <source>Load Action Priority Table</source>
        <translation>加载措施优先级表</translation>
    </message>
    <message>
        <source>Action Priority tables (*.csv);;All files (*)</source>
        <translation>措施优先级表 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 was not loaded.</source>
        <translation>未加载 %1。</translation>
    </message>
    <message>
        <source>Action Priority table %1 loaded</source>
        <translation>已加载措施优先级表 %1</translation>
    </message>
    <message>
        <source>Change analysis settings</source>
        <translation>修改分析设置</translation>
    </message>
</context>
<context>
    <name>bp::AtomicSave</name>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>无法创建文件</translation>
    </message>
    <message>
        <source>Cannot save %1: writing failed</source>
        <translation>无法保存 %1：写入失败</translation>
    </message>
    <message>
        <source>Cannot save %1: the disk is full or the file is too large (%2 of %3 bytes written)</source>
        <translation>无法保存 %1：磁盘已满或文件过大（%3 字节中仅写入了 %2 字节）</translation>
    </message>
    <message>
        <source>Cannot save %1: the file could not be replaced</source>
        <translation>无法保存 %1：无法替换原文件</translation>
    </message>
</context>
<context>
    <name>bp::AutoArrange</name>
    <message>
        <source>Auto-arrange</source>
        <translation>自动排列</translation>
    </message>
</context>
<context>
    <name>bp::Backup</name>
    <message>
        <source>Could not read %1 to keep a backup of it: %2</source>
        <translation>无法读取 %1 以保留备份：%2</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>bp::BpmnReader</name>
    <message>
        <source>id %1 is not a valid blueprint id or is used twice; it is imported as %2</source>
        <translation>id %1 不是有效的服务蓝图 id，或被重复使用；将以 %2 导入</translation>
    </message>
    <message>
        <source>the file has no process to import</source>
        <translation>文件中没有可导入的流程</translation>
    </message>
    <message>
        <source>pool %1 refers to process %2, which is not in the file</source>
        <translation>池 %1 引用的流程 %2 不在文件中</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>流程 %1</translation>
    </message>
    <message>
        <source>the file has more than %1 steps to import</source>
        <translation>文件中要导入的步骤超过 %1 个</translation>
    </message>
    <message>
        <source>step %1 uses pool %2, which is not in the file; the step keeps its own servers</source>
        <translation>步骤 %1 使用资源池 %2，但该资源池不在文件中；该步骤保留自身的服务台数</translation>
    </message>
    <message>
        <source>%1 is not imported</source>
        <translation>%1 未导入</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 %2 is not imported: its source %3</source>
        <translation>%1 %2 未导入：其源元素 %3</translation>
    </message>
    <message>
        <source>%1 %2 is not imported: its target %3</source>
        <translation>%1 %2 未导入：其目标元素 %3</translation>
    </message>
    <message>
        <source>parallel gateway %1 both joins and splits; it is imported as a fork</source>
        <translation>并行网关 %1 既汇合又分支；将作为并行分叉导入</translation>
    </message>
    <message>
        <source>the file has more than one root element</source>
        <translation>文件包含多个根元素</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>根元素之外存在文本</translation>
    </message>
    <message>
        <source>the file contains no XML element</source>
        <translation>文件中没有任何 XML 元素</translation>
    </message>
    <message>
        <source>this is not a BPMN 2.0 file: the root element is &lt;%1&gt;, not &lt;definitions&gt; in the namespace %2</source>
        <translation>这不是 BPMN 2.0 文件：根元素为 &lt;%1&gt;，而不是命名空间 %2 中的 &lt;definitions&gt;</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>文件不是有效的 UTF-16 文本</translation>
    </message>
    <message>
        <source>the file is in the encoding %1, which is not supported; save it as UTF-8</source>
        <translation>文件使用的编码 %1 不受支持；请将其另存为 UTF-8</translation>
    </message>
    <message>
        <source>the file is %1 MB, larger than the limit of %2 MB</source>
        <translation>文件大小为 %1 MB，超过了 %2 MB 的上限</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte 0x%1)</source>
        <translation>文件不是有效的 UTF-8 文本（字节 0x%1）</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>control character U+%1 is not allowed in an XML file</source>
        <translation>XML 文件中不允许出现控制字符 U+%1</translation>
    </message>
    <message>
        <source>id %1 is used twice (first at line %2)</source>
        <translation>id %1 被重复使用（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>&lt;%1&gt; %2 is not imported</source>
        <translation>&lt;%1&gt; %2 未导入</translation>
    </message>
    <message>
        <source>pool %1 has no process (a black box) and is not imported</source>
        <translation>池 %1 没有流程（黑盒池），未导入</translation>
    </message>
    <message>
        <source>message flow %1 between pools is not imported</source>
        <translation>池之间的消息流 %1 未导入</translation>
    </message>
    <message>
        <source>intermediate event %1 is imported as an action step with no time</source>
        <translation>中间事件 %1 作为未指定时间的活动步骤导入</translation>
    </message>
    <message>
        <source>&lt;%1&gt; %2 is imported as an exclusive decision (one branch is taken)</source>
        <translation>&lt;%1&gt; %2 作为排他决策导入（只走一个分支）</translation>
    </message>
    <message>
        <source>boundary event %1 is not imported; the flows leaving it leave the activity it is attached to, as failure flows</source>
        <translation>边界事件 %1 未导入；从它出发的连线改为从其所附着的活动出发，作为失误连线</translation>
    </message>
    <message>
        <source>association %1 is not imported</source>
        <translation>关联 %1 未导入</translation>
    </message>
    <message>
        <source>data object %1 is not imported</source>
        <translation>数据对象 %1 未导入</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; %2 is not imported</source>
        <translation>未知元素 &lt;%1&gt; %2 未导入</translation>
    </message>
    <message>
        <source>lane %1 inside sub-process %2 is not imported</source>
        <translation>子流程 %2 中的泳道 %1 未导入</translation>
    </message>
    <message>
        <source>&lt;%1&gt; %2 inside sub-process %3 is not imported: a sub-process is imported as one step</source>
        <translation>子流程 %3 中的 &lt;%1&gt; %2 未导入：子流程作为单个步骤导入</translation>
    </message>
    <message>
        <source>the diagram position of %1 is ignored: %2=%3 is not a number from %4 to %5</source>
        <translation>已忽略 %1 在图中的位置：%2=%3 不是 %4 到 %5 之间的数字</translation>
    </message>
    <message>
        <source>blueprint attribute %1=%2 is not valid and is ignored</source>
        <translation>服务蓝图属性 %1=%2 无效，已忽略</translation>
    </message>
    <message>
        <source>%1; the utilisation bands are ignored</source>
        <translation>%1；已忽略利用率区间设置</translation>
    </message>
</context>
<context>
    <name>bp::Cli</name>
    <message>
        <source>blueprint: unknown command &apos;%1&apos;</source>
        <translation>blueprint: 未知命令“%1”</translation>
    </message>
    <message>
        <source>Writes a synthetic, valid blueprint of N steps over the five standard lanes, for benchmarks and tests. The same seed gives the same file.</source>
        <translation>在五条标准泳道上生成一个含 N 个步骤的有效合成服务蓝图，供基准测试和测试使用。相同的种子会生成相同的文件。</translation>
    </message>
    <message>
        <source>Number of steps (2 or more).</source>
        <translation>步骤数（至少为 2）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认为 1）。</translation>
    </message>
    <message>
        <source>Output file (&apos;-&apos; or none: standard output).</source>
        <translation>输出文件（为“-”或省略时输出到标准输出）。</translation>
    </message>
    <message>
        <source>blueprint generate: unexpected argument &apos;%1&apos;</source>
        <translation>blueprint generate: 多余的参数“%1”</translation>
    </message>
    <message>
        <source>blueprint generate: --steps is required</source>
        <translation>blueprint generate: 必须指定 --steps</translation>
    </message>
    <message>
        <source>blueprint generate: --steps must be a whole number from 2 to %1</source>
        <translation>blueprint generate: --steps 必须是 2 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>blueprint generate: --seed must be a whole number of 0 or more</source>
        <translation>blueprint generate: --seed 必须是大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>blueprint generate: cannot write to standard output</source>
        <translation>blueprint generate: 无法写入标准输出</translation>
    </message>
    <message>
        <source>%1: %2 steps written</source>
        <translation>%1: 已写入 %2 个步骤</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助信息。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>Loads each file and prints its errors and warnings as file:line:column: severity: message.</source>
        <translation>加载每个文件，并以 file:line:column: severity: message 的格式输出其中的错误和警告。</translation>
    </message>
    <message>
        <source>Blueprint files to check.</source>
        <translation>要检查的服务蓝图文件。</translation>
    </message>
    <message>
        <source>Usage: blueprint validate [--max-file-size MB] FILE...</source>
        <translation>用法：blueprint validate [--max-file-size MB] FILE...</translation>
    </message>
    <message>
        <source>blueprint validate: no file given</source>
        <translation>blueprint validate: 未指定文件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more message(s) not shown</source>
        <translation>
            <numerusform>%1: 另有 %n 条消息未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid: %2 steps, %3 flows, %4 lanes, %5 warning(s)</source>
        <translation>%1: 有效：%2 个步骤、%3 条连线、%4 条泳道、%5 个警告</translation>
    </message>
    <message>
        <source>%1: not valid: %2 error(s)</source>
        <translation>%1: 无效：%2 个错误</translation>
    </message>
    <message>
        <source>Maximum file size to read, in MB (default 50).</source>
        <translation>可读取的最大文件大小，单位 MB（默认 50）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s): </source>
        <translation>
            <numerusform>%1: %n 项分析结果：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 info</source>
        <translation>%1 个错误、%2 个警告、%3 个提示</translation>
    </message>
    <message>
        <source>Times in minutes, rates per hour; waits by %1.</source>
        <translation>时间单位为分钟，速率单位为每小时；等待时间按 %1 计算。</translation>
    </message>
    <message>
        <source>Demand: %1   capacity: %2   bottleneck: %3 (%4 busy)</source>
        <translation>需求：%1   服务能力：%2   瓶颈：%3（利用率 %4）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Flow time: %1 (without waiting %2, efficiency %3), customers in the service: %4</source>
        <translation>流程时间：%1（不含等待 %2，效率 %3），在系统顾客数：%4</translation>
    </message>
    <message>
        <source>Critical path (worst case): %1 min</source>
        <translation>关键路径（最坏情况）：%1 min</translation>
    </message>
    <message>
        <source>Failure events per customer: %1   failure-free journeys: %2</source>
        <translation>每位顾客的失误次数：%1   无失误全程比例：%2</translation>
    </message>
    <message>
        <source>Line crossings per customer: interaction %1, visibility %2, internal %3</source>
        <translation>每位顾客跨越分界线次数：互动 %1，可视 %2，内部互动 %3</translation>
    </message>
    <message>
        <source>Single points of failure: %1</source>
        <translation>单点故障：%1</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>访问次数</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>P(wait &gt; tolerance)</source>
        <translation>P(等待 &gt; 容忍时间)</translation>
    </message>
    <message>
        <source>The model has errors: waits, flow time and failure figures are not computed until they are fixed.</source>
        <translation>模型有错误：在修正之前，不计算等待时间、流程时间和失误指标。</translation>
    </message>
    <message>
        <source>Analyses a blueprint: utilisation, bottlenecks, waits, flow time, critical path, fail points, single points of failure, line crossings (spec/analysis.md).</source>
        <translation>分析服务蓝图：利用率、瓶颈、等待时间、流程时间、关键路径、失误点、单点故障、分界线跨越（见 spec/analysis.md）。</translation>
    </message>
    <message>
        <source>Blueprint file.</source>
        <translation>服务蓝图文件。</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>输出格式：text（默认）或 json。</translation>
    </message>
    <message>
        <source>Exit with status 1 when a finding of this severity or worse is found: error, warning or never (default).</source>
        <translation>发现该严重程度或更严重的问题时以状态 1 退出：error、warning 或 never（默认）。</translation>
    </message>
    <message>
        <source>Action Priority table (CSV) for the FMEA_AP_HIGH finding.</source>
        <translation>用于 FMEA_AP_HIGH 分析结果的措施优先级（Action Priority）表（CSV）。</translation>
    </message>
    <message>
        <source>give exactly one file</source>
        <translation>请只指定一个文件</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format 必须是 text 或 json</translation>
    </message>
    <message>
        <source>--fail-on must be error, warning or never</source>
        <translation>--fail-on 必须是 error、warning 或 never</translation>
    </message>
    <message>
        <source>File to write (.blueprint or .bpmn).</source>
        <translation>要写入的文件（.blueprint 或 .bpmn）。</translation>
    </message>
    <message>
        <source>blueprint convert: give one file to read and one file to write</source>
        <translation>blueprint convert: 请指定一个要读取的文件和一个要写入的文件</translation>
    </message>
    <message>
        <source>blueprint convert: %1 cannot be read; nothing was written</source>
        <translation>blueprint convert: 无法读取 %1；未写入任何内容</translation>
    </message>
    <message numerus="yes">
        <source>%1: written from %2: %3 steps, %4 flows, %5 lanes; %n warning(s)</source>
        <translation>
            <numerusform>%1: 已从 %2 写入：%3 个步骤、%4 条连线、%5 条泳道；%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1: simulated %2 replication(s) of %3 customers (%4 warm-up), %5 events</source>
        <translation>%1: 已仿真 %2 次重复运行，每次 %3 位顾客（预热 %4 位），共 %5 个事件</translation>
    </message>
    <message>
        <source>Unstable: %1</source>
        <translation>不稳定：%1</translation>
    </message>
    <message>
        <source>Means with 95% confidence intervals; times in minutes.</source>
        <translation>均值及 95% 置信区间；时间单位为分钟。</translation>
    </message>
    <message>
        <source>Flow time: %1</source>
        <translation>流程时间：%1</translation>
    </message>
    <message>
        <source>Share over the journey tolerance: %1</source>
        <translation>超过全程容忍时间的比例：%1</translation>
    </message>
    <message>
        <source>Throughput: %1 per hour</source>
        <translation>产出率：每小时 %1</translation>
    </message>
    <message>
        <source>Customers in the service (WIP): %1 (Little: %2)</source>
        <translation>在系统顾客数（WIP）：%1（Little 定律：%2）</translation>
    </message>
    <message>
        <source>Failure events per customer: %1</source>
        <translation>每位顾客的失误次数：%1</translation>
    </message>
    <message>
        <source>Failure-free journeys: %1</source>
        <translation>无失误全程比例：%1</translation>
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
        <translation>以指定种子对服务蓝图进行离散事件仿真（模型与“analyze”相同），并输出均值及 95% 置信区间。</translation>
    </message>
    <message>
        <source>Customers per replication (default 20000).</source>
        <translation>每次重复运行的顾客数（默认 20000）。</translation>
    </message>
    <message>
        <source>Independent replications (default 8).</source>
        <translation>独立重复运行次数（默认 8）。</translation>
    </message>
    <message>
        <source>Customers at the start of each replication not measured (default 10%).</source>
        <translation>每次重复运行开始时不计入统计的顾客数（默认 10%）。</translation>
    </message>
    <message>
        <source>Exponential service times and Poisson arrivals whatever the SCVs say.</source>
        <translation>无论 SCV 为何值，均使用指数分布服务时间和泊松到达。</translation>
    </message>
    <message>
        <source>Lognormal instead of gamma service times where the SCV is neither 0 nor 1.</source>
        <translation>当 SCV 既不为 0 也不为 1 时，服务时间使用对数正态分布而非伽马分布。</translation>
    </message>
    <message>
        <source>Usage: blueprint simulate FILE [--customers N] [--replications R] [--seed S] [--warmup N] [--exponential] [--lognormal] [--format text|json]</source>
        <translation>用法：blueprint simulate FILE [--customers N] [--replications R] [--seed S] [--warmup N] [--exponential] [--lognormal] [--format text|json]</translation>
    </message>
    <message>
        <source>blueprint simulate: give exactly one file</source>
        <translation>blueprint simulate: 请只指定一个文件</translation>
    </message>
    <message>
        <source>--customers must be a whole number from 1 to 100000000</source>
        <translation>--customers 必须是 1 到 100000000 之间的整数</translation>
    </message>
    <message>
        <source>--replications must be a whole number from 1 to 1000</source>
        <translation>--replications 必须是 1 到 1000 之间的整数</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more</source>
        <translation>--seed 必须是大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>--warmup must be a whole number below the number of customers</source>
        <translation>--warmup 必须是小于顾客数的整数</translation>
    </message>
    <message>
        <source>%1: cannot simulate: %2</source>
        <translation>%1: 无法仿真：%2</translation>
    </message>
    <message>
        <source>Converts between the blueprint format (.blueprint) and BPMN 2.0 (.bpmn), by the extensions of the two files; a step list from a spreadsheet (.csv, docs/csv.md) starts a blueprint, laid out automatically. Warnings, including what a BPMN file holds that is not imported, go to standard error as file:line:column: severity: message.</source>
        <translation>根据两个文件的扩展名，在服务蓝图格式（.blueprint）与 BPMN 2.0（.bpmn）之间转换；电子表格中的步骤列表（.csv，见 docs/csv.md）可用来新建服务蓝图，并自动排列。警告（包括 BPMN 文件中未导入的内容）以 file:line:column: severity: message 的格式输出到标准错误。</translation>
    </message>
    <message>
        <source>File to read (.blueprint, .bpmn or .csv).</source>
        <translation>要读取的文件（.blueprint、.bpmn 或 .csv）。</translation>
    </message>
    <message>
        <source>Usage: blueprint convert [--max-file-size MB] [--force] IN OUT</source>
        <translation>用法：blueprint convert [--max-file-size MB] [--force] IN OUT</translation>
    </message>
    <message>
        <source>blueprint convert: cannot tell the format of %1 from its extension; use .blueprint, .bpmn or .csv</source>
        <translation>blueprint convert: 无法根据扩展名判断 %1 的格式；请使用 .blueprint、.bpmn 或 .csv</translation>
    </message>
    <message>
        <source>blueprint convert: a step list (.csv) can be read, not written; use &apos;blueprint export FILE -o OUT.csv&apos;</source>
        <translation>blueprint convert: 步骤列表（.csv）只能读取，不能写入；请使用“blueprint export FILE -o OUT.csv”</translation>
    </message>
    <message>
        <source>blueprint %1: painting needs a GUI application object (internal error)</source>
        <translation>blueprint %1: 绘制需要 GUI 应用程序对象（内部错误）</translation>
    </message>
    <message>
        <source>Exports the diagram with the editor&apos;s painters: SVG (vectors, text as text), PNG or PDF (vectors, one fitted page or tiled A4/A3 pages with a title block), by the extension of OUT. A .csv OUT exports the steps with every attribute and the computed figures (or the findings with --findings).</source>
        <translation>使用编辑器的绘制方式导出图表，格式由 OUT 的扩展名决定：SVG（矢量图形，文字保留为文本）、PNG 或 PDF（矢量图形；单页适应图表，或带标题栏的 A4/A3 分页拼接）。OUT 为 .csv 时，导出所有步骤及其全部属性和计算数值（使用 --findings 时导出分析结果）。</translation>
    </message>
    <message>
        <source>File to write: .svg, .png, .pdf or .csv.</source>
        <translation>要写入的文件：.svg、.png、.pdf 或 .csv。</translation>
    </message>
    <message>
        <source>Paint the analysis overlay (F and W marks, utilisation, bottleneck) and its legend.</source>
        <translation>绘制分析叠加层（F 和 W 标记、利用率、瓶颈）及其图例。</translation>
    </message>
    <message>
        <source>PNG: pixels per diagram unit (default 1).</source>
        <translation>PNG：每个图表单位对应的像素数（默认 1）。</translation>
    </message>
    <message>
        <source>PNG: resolution in dots per inch (96 = scale 1).</source>
        <translation>PNG：分辨率，单位为每英寸点数（96 = 缩放比例 1）。</translation>
    </message>
    <message>
        <source>PNG and SVG: no background around the lanes.</source>
        <translation>PNG 和 SVG：泳道周围不绘制背景。</translation>
    </message>
    <message>
        <source>Leave out the lane header column.</source>
        <translation>不输出泳道标题列。</translation>
    </message>
    <message>
        <source>PDF: &apos;fit&apos; (one page, default), or &apos;a4&apos; or &apos;a3&apos; (tiled pages with overlap and marks).</source>
        <translation>PDF：“fit”（单页，默认），或“a4”“a3”（带重叠区和标记的分页拼接）。</translation>
    </message>
    <message>
        <source>PDF: landscape A4/A3 pages.</source>
        <translation>PDF：横向 A4/A3 页面。</translation>
    </message>
    <message>
        <source>CSV: export the findings instead of the steps.</source>
        <translation>CSV：导出分析结果而不是步骤。</translation>
    </message>
    <message>
        <source>Usage: blueprint export FILE -o OUT.{svg,png,pdf,csv} [--overlay] [--scale K] [--dpi D] [--transparent] [--no-headers] [--page a4|a3|fit] [--landscape] [--findings] [--force]</source>
        <translation>用法：blueprint export FILE -o OUT.{svg,png,pdf,csv} [--overlay] [--scale K] [--dpi D] [--transparent] [--no-headers] [--page a4|a3|fit] [--landscape] [--findings] [--force]</translation>
    </message>
    <message>
        <source>give one blueprint file</source>
        <translation>请指定一个服务蓝图文件</translation>
    </message>
    <message>
        <source>give the file to write with -o OUT</source>
        <translation>请用 -o OUT 指定要写入的文件</translation>
    </message>
    <message>
        <source>cannot tell the format of %1 from its extension; use .svg, .png, .pdf or .csv</source>
        <translation>无法根据扩展名判断 %1 的格式；请使用 .svg、.png、.pdf 或 .csv</translation>
    </message>
    <message>
        <source>--findings goes with a .csv output</source>
        <translation>--findings 只能与 .csv 输出一起使用</translation>
    </message>
    <message>
        <source>--scale must be a number greater than 0 and at most 100</source>
        <translation>--scale 必须是大于 0 且不超过 100 的数</translation>
    </message>
    <message>
        <source>--dpi must be a number greater than 0 and at most 9600</source>
        <translation>--dpi 必须是大于 0 且不超过 9600 的数</translation>
    </message>
    <message>
        <source>give --scale or --dpi, not both</source>
        <translation>请指定 --scale 或 --dpi，不要同时指定</translation>
    </message>
    <message>
        <source>--page must be a4, a3 or fit</source>
        <translation>--page 必须是 a4、a3 或 fit</translation>
    </message>
    <message>
        <source>blueprint export: %1 cannot be read; nothing was written</source>
        <translation>blueprint export: 无法读取 %1；未写入任何内容</translation>
    </message>
    <message>
        <source>%1: written (%2 bytes)</source>
        <translation>%1: 已写入（%2 字节）</translation>
    </message>
    <message>
        <source>Usage: blueprint generate --steps N [--seed S] [-o OUT [--force]]</source>
        <translation>用法：blueprint generate --steps N [--seed S] [-o OUT [--force]]</translation>
    </message>
    <message>
        <source>Overwrite the output file when it exists already.</source>
        <translation>输出文件已存在时将其覆盖。</translation>
    </message>
    <message>
        <source>blueprint %1: %2 is a folder; give a file name to write</source>
        <translation>blueprint %1: %2 是文件夹；请指定要写入的文件名</translation>
    </message>
    <message>
        <source>blueprint %1: %2 exists already; nothing was written (use --force to overwrite it)</source>
        <translation>blueprint %1: %2 已存在；未写入任何内容（使用 --force 可覆盖）</translation>
    </message>
    <message>
        <source>blueprint %1: --max-file-size must be a number of MB greater than 0 and at most 4096</source>
        <translation>blueprint %1: --max-file-size 必须是大于 0 且不超过 4096 的 MB 数</translation>
    </message>
    <message>
        <source>Writes a review report: the summary figures, the findings ranked by severity, the per-step table, the FMEA register, the line crossings and the diagram with its analysis overlay. HTML is one self-contained file; PDF is A4.</source>
        <translation>写入评审报告：汇总数值、按严重程度排序的分析结果、各步骤数值表、FMEA 登记表、分界线穿越情况，以及带分析叠加层的图表。HTML 为单个自包含文件；PDF 为 A4 页面。</translation>
    </message>
    <message>
        <source>File to write: .html or .pdf.</source>
        <translation>要写入的文件：.html 或 .pdf。</translation>
    </message>
    <message>
        <source>Usage: blueprint report FILE -o OUT.{html,pdf} [--force]</source>
        <translation>用法：blueprint report FILE -o OUT.{html,pdf} [--force]</translation>
    </message>
    <message>
        <source>cannot tell the format of %1 from its extension; use .html or .pdf</source>
        <translation>无法根据扩展名判断 %1 的格式；请使用 .html 或 .pdf</translation>
    </message>
    <message>
        <source>blueprint report: %1 cannot be read; nothing was written</source>
        <translation>blueprint report: 无法读取 %1；未写入任何内容</translation>
    </message>
    <message>
        <source>Waiting-time formula, instead of the file&apos;s (auto unless its &lt;analysis&gt; element says otherwise): auto (exact when times are exponential), exact, allen-cunneen, allen-cunneen-poisson, sakasegawa.</source>
        <translation>等待时间公式，取代文件中的设置（除非文件的 &lt;analysis&gt; 元素另有规定，否则为 auto）：auto（时间服从指数分布时使用精确公式）、exact、allen-cunneen、allen-cunneen-poisson、sakasegawa。</translation>
    </message>
    <message>
        <source>Usage: blueprint analyze FILE [--format text|json] [--wait-model auto|exact|allen-cunneen|allen-cunneen-poisson|sakasegawa] [--fail-on error|warning|never] [--ap-table CSV]</source>
        <translation>用法：blueprint analyze FILE [--format text|json] [--wait-model auto|exact|allen-cunneen|allen-cunneen-poisson|sakasegawa] [--fail-on error|warning|never] [--ap-table CSV]</translation>
    </message>
    <message>
        <source>--wait-model must be auto, exact, allen-cunneen, allen-cunneen-poisson or sakasegawa</source>
        <translation>--wait-model 必须是 auto、exact、allen-cunneen、allen-cunneen-poisson 或 sakasegawa</translation>
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

命令：
  validate FILE...           检查文件；输出错误和警告
  analyze FILE [--format text|json] [--wait-model MODEL]
          [--fail-on error|warning|never]
                             利用率、等待时间、瓶颈、失误点
  simulate FILE [--customers N] [--replications R] [--seed S]
           [--format text|json]
                             离散事件仿真；给出均值及 95% 置信区间
  generate --steps N [--seed S] [-o OUT]
                             生成含 N 个步骤的合成服务蓝图
  convert IN OUT             在 .blueprint 与 BPMN 2.0 (.bpmn) 之间转换；
                             .csv 步骤列表（docs/csv.md）可用来新建服务蓝图
  export FILE -o OUT.{svg,png,pdf,csv} [--overlay] [--scale K] [--dpi D]
           [--transparent] [--no-headers] [--page a4|a3|fit] [--landscape]
                             导出图表，或将步骤、分析结果导出为 CSV
  report FILE -o OUT.{html,pdf}
                             评审报告：数值、分析结果、步骤、FMEA

所有命令通用的选项：--help、--version。
运行“blueprint COMMAND --help”查看某个命令的选项。
退出状态：0 成功；1 发现问题（--fail-on）；2 用法错误，或文件无法读取或写入。
</translation>
    </message>
</context>
<context>
    <name>bp::DiagramView</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>并行分叉</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>并行汇合</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>有形展示</translation>
    </message>
    <message>
        <source>Resize Lane</source>
        <translation>调整泳道大小</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>微移</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation>重命名步骤</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>重命名泳道</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>新泳道</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <translation>添加泳道</translation>
    </message>
    <message>
        <source>&amp;Rename Lane</source>
        <translation>重命名泳道(&amp;R)</translation>
    </message>
    <message>
        <source>Add Lane &amp;Above</source>
        <translation>在上方添加泳道(&amp;A)</translation>
    </message>
    <message>
        <source>Add Lane &amp;Below</source>
        <translation>在下方添加泳道(&amp;B)</translation>
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
        <translation>删除泳道(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;Step Here</source>
        <translation>在此处添加步骤(&amp;S)</translation>
    </message>
    <message>
        <source>Auto-&amp;arrange</source>
        <translation>自动排列(&amp;A)</translation>
    </message>
</context>
<context>
    <name>bp::DocumentCommands</name>
    <message>
        <source>Add pool</source>
        <translation>添加资源池</translation>
    </message>
    <message>
        <source>Remove pool</source>
        <translation>删除资源池</translation>
    </message>
    <message>
        <source>Change pool</source>
        <translation>修改资源池</translation>
    </message>
    <message>
        <source>Change demand</source>
        <translation>修改需求</translation>
    </message>
    <message>
        <source>Change analysis settings</source>
        <translation>修改分析设置</translation>
    </message>
    <message>
        <source>Change time unit</source>
        <translation>修改时间单位</translation>
    </message>
</context>
<context>
    <name>bp::DocumentIo</name>
    <message>
        <source>%1: the file could not be read.</source>
        <translation>%1: 无法读取该文件。</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>无法保存 %1。</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>有形展示</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>顾客行为</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>前台接触员工行为</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>后台接触员工行为</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>支持过程</translation>
    </message>
    <message>
        <source>The template %1 is missing.</source>
        <translation>缺少模板 %1。</translation>
    </message>
    <message>
        <source>The template %1 could not be read.</source>
        <translation>无法读取模板 %1。</translation>
    </message>
    <message>
        <source>Could not keep a backup of %1.</source>
        <translation>无法保留 %1 的备份。</translation>
    </message>
</context>
<context>
    <name>bp::DocumentPage</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Add Pool</source>
        <translation>添加资源池(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Pool</source>
        <translation>删除资源池(&amp;R)</translation>
    </message>
    <message>
        <source>Customers arriving per period; none: no queueing analysis.</source>
        <translation>每个时间段到达的顾客数；设为“无”时不进行排队分析。</translation>
    </message>
    <message>
        <source>Squared coefficient of variation (SCV) of the time between arrivals: 1 = random (Poisson) arrivals.</source>
        <translation>到达间隔时间的平方变异系数（SCV）：1 = 随机（泊松）到达。</translation>
    </message>
    <message>
        <source>Longest acceptable end-to-end time.</source>
        <translation>可接受的最长全程时间。</translation>
    </message>
    <message>
        <source>Target share of customers served within the tolerance.</source>
        <translation>在容忍时间内完成服务的顾客所占的目标比例。</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务台数</translation>
    </message>
    <message>
        <source>Groups of servers shared by several steps. Servers: a number, or ∞.</source>
        <translation>由多个步骤共用的服务台组。服务台数：一个数字，或 ∞。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blueprint&lt;/b&gt; (nothing selected)</source>
        <translation>&lt;b&gt;服务蓝图&lt;/b&gt;（未选择任何内容）</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Time &amp;unit:</source>
        <translation>时间单位(&amp;U)：</translation>
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
        <translation>到达率(&amp;A)：</translation>
    </message>
    <message>
        <source>Arrival &amp;variability:</source>
        <translation>到达变异性(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Journey tolerance:</source>
        <translation>全程容忍时间(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Service level:</source>
        <translation>服务水平(&amp;S)：</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>修改标题</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>修改描述</translation>
    </message>
    <message>
        <source>New pool</source>
        <translation>新资源池</translation>
    </message>
    <message>
        <source>The unit of every duration. Changing it converts the step times and tolerances, so that the blueprint keeps its meaning (90 min become 1.5 h); the arrival rate keeps its own unit.</source>
        <translation>所有时长的单位。修改它会换算步骤时间和容忍时间，使服务蓝图的含义保持不变（90 min 变为 1.5 h）；到达率保留自己的单位。</translation>
    </message>
    <message numerus="yes">
        <source>Time unit changed to %1; the durations of %n step(s) were converted, so the blueprint means the same.</source>
        <translation>
            <numerusform>时间单位已改为 %1；已换算 %n 个步骤的时长，服务蓝图的含义不变。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bp::Export</name>
    <message>
        <source>A quoted field is not closed: a &apos;&quot;&apos; is missing.</source>
        <translation>引号字段未闭合：缺少一个“&quot;”。</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote; double the quote (&apos;&quot;&quot;&apos;) to write one inside a quoted field.</source>
        <translation>右引号后有多余的文本；要在引号字段中写入引号，请使用两个引号（“&quot;&quot;”）。</translation>
    </message>
    <message>
        <source>A quote inside an unquoted field; quote the whole field and double the quote.</source>
        <translation>未加引号的字段中含有引号；请给整个字段加上引号，并将其中的引号写两次。</translation>
    </message>
    <message>
        <source>The file is empty: a header row is needed (id, title, lane, kind, time, next, ...).</source>
        <translation>文件为空：需要一个表头行（id, title, lane, kind, time, next, ...）。</translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos; is ignored.</source>
        <translation>已忽略未知列“%1”。</translation>
    </message>
    <message>
        <source>The header has no &apos;id&apos; column.</source>
        <translation>表头中没有“id”列。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number from %2 to %3 (use &apos;.&apos; for decimals).</source>
        <translation>“%1”不是 %2 到 %3 之间的数（小数请用“.”）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>“%1”不是有效的 id：应为 1 到 64 个字母、数字、“_”“.”或“-”，并以字母或“_”开头。</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; is used twice.</source>
        <translation>id“%1”被重复使用。</translation>
    </message>
    <message>
        <source>Unknown step kind &apos;%1&apos;; use start, end, action, decision, fork, join or evidence.</source>
        <translation>未知的步骤类型“%1”；请使用 start、end、action、decision、fork、join 或 evidence。</translation>
    </message>
    <message>
        <source>Unknown lane kind &apos;%1&apos;; use physical-evidence, customer, frontstage, backstage, support or other.</source>
        <translation>未知的泳道类型“%1”；请使用 physical-evidence、customer、frontstage、backstage、support 或 other。</translation>
    </message>
    <message>
        <source>Servers must be a whole number or &apos;inf&apos;.</source>
        <translation>服务台数必须是整数或“inf”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid pool id.</source>
        <translation>“%1”不是有效的资源池 id。</translation>
    </message>
    <message>
        <source>The pool id &apos;%1&apos; is used by another element.</source>
        <translation>资源池 id“%1”已被其他元素使用。</translation>
    </message>
    <message>
        <source>Unknown flow kind in &apos;%1&apos;; use &apos;!rework&apos; or &apos;!failure&apos;.</source>
        <translation>“%1”中的连线类型未知；请使用“!rework”或“!failure”。</translation>
    </message>
    <message>
        <source>The probability in &apos;%1&apos; must be a number from 0 to 1.</source>
        <translation>“%1”中的概率必须是 0 到 1 之间的数。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in next is not the id of a step.</source>
        <translation>next 中的“%1”不是步骤的 id。</translation>
    </message>
    <message>
        <source>Imported steps</source>
        <translation>导入的步骤</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件大于 %1 MB。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>Untitled blueprint</source>
        <translation>未命名服务蓝图</translation>
    </message>
    <message>
        <source>The SVG document could not be started.</source>
        <translation>无法创建 SVG 文档。</translation>
    </message>
    <message numerus="yes">
        <source>Service blueprint exported by Blueprint Studio: %n step(s)</source>
        <translation>
            <numerusform>由 Blueprint Studio 导出的服务蓝图：%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>The scale must be a number greater than 0.</source>
        <translation>缩放比例必须是大于 0 的数。</translation>
    </message>
    <message>
        <source>The image would be %1 × %2 pixels; the limit is %3 pixels a side and %4 million pixels. Use a smaller scale, or export SVG or PDF.</source>
        <translation>图像将为 %1 × %2 像素；上限为每边 %3 像素、总计 %4 百万像素。请使用较小的缩放比例，或导出为 SVG 或 PDF。</translation>
    </message>
    <message>
        <source>Not enough memory for an image of %1 × %2 pixels.</source>
        <translation>内存不足，无法生成 %1 × %2 像素的图像。</translation>
    </message>
    <message>
        <source>The PNG image could not be encoded.</source>
        <translation>无法编码 PNG 图像。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation>第 1 页，共 1 页</translation>
    </message>
    <message>
        <source>Page %1 of %2 (row %3, column %4)</source>
        <translation>第 %1 页，共 %2 页（第 %3 行，第 %4 列）</translation>
    </message>
    <message>
        <source>The PDF document could not be started.</source>
        <translation>无法创建 PDF 文档。</translation>
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
        <translation>错误</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Review report of %1, %2</source>
        <translation>%1 的评审报告，%2</translation>
    </message>
    <message>
        <source>an unsaved blueprint</source>
        <translation>未保存的服务蓝图</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Demand (customers per hour)</source>
        <translation>需求（每小时顾客数）</translation>
    </message>
    <message>
        <source>Process capacity (customers per hour)</source>
        <translation>流程服务能力（每小时顾客数）</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Highest utilisation</source>
        <translation>最高利用率</translation>
    </message>
    <message>
        <source>Theoretical flow time (min)</source>
        <translation>理论流程时间（min）</translation>
    </message>
    <message>
        <source>Flow time with waits (min)</source>
        <translation>含等待的流程时间（min）</translation>
    </message>
    <message>
        <source>Customers in the service (WIP)</source>
        <translation>服务中的顾客数（WIP）</translation>
    </message>
    <message>
        <source>Failure events per customer</source>
        <translation>每位顾客的失误次数</translation>
    </message>
    <message>
        <source>P(failure-free journey)</source>
        <translation>P(全程无失误)</translation>
    </message>
    <message>
        <source>The blueprint has errors, so its figures cannot be computed; see the findings.</source>
        <translation>服务蓝图存在错误，无法计算数值；请参阅分析结果。</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>分析结果（%1）</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>没有需要报告的内容。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>分析结果</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>访问次数</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Wait (min)</source>
        <translation>等待时间（min）</translation>
    </message>
    <message>
        <source>P(wait &amp;gt; tolerance)</source>
        <translation>P(等待 &amp;gt; 容忍时间)</translation>
    </message>
    <message>
        <source>RPN</source>
        <translation>RPN</translation>
    </message>
    <message>
        <source>FMEA register</source>
        <translation>FMEA 登记表</translation>
    </message>
    <message>
        <source>No step has all three FMEA scores.</source>
        <translation>没有步骤同时具有全部三项 FMEA 评分。</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>发生度</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>探测度</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Line crossings</source>
        <translation>分界线穿越</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>分界线</translation>
    </message>
    <message>
        <source>Flows crossing</source>
        <translation>穿越的连线数</translation>
    </message>
    <message>
        <source>Crossings per customer</source>
        <translation>每位顾客的穿越次数</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>互动分界线</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>可视分界线</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>内部互动分界线</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>%1 的评审</translation>
    </message>
</context>
<context>
    <name>bp::ExportDialog</name>
    <message>
        <source>blueprint</source>
        <translation>服务蓝图</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>SVG (vector drawing)</source>
        <translation>SVG（矢量图形）</translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation>PNG（图像）</translation>
    </message>
    <message>
        <source>PDF (document)</source>
        <translation>PDF（文档）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Whole diagram</source>
        <translation>整个图表(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected steps (%n)</source>
        <translation>
            <numerusform>所选步骤（%n 个）(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>Analysis &amp;overlay and legend</source>
        <translation>分析叠加层和图例(&amp;O)</translation>
    </message>
    <message>
        <source>Lane &amp;headers</source>
        <translation>泳道标题(&amp;H)</translation>
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
        <translation>PNG 缩放比例(&amp;S)：</translation>
    </message>
    <message>
        <source>One page, fitted to the diagram</source>
        <translation>单页，适应图表大小</translation>
    </message>
    <message>
        <source>A4 pages, tiled</source>
        <translation>A4 页面，分页拼接</translation>
    </message>
    <message>
        <source>A3 pages, tiled</source>
        <translation>A3 页面，分页拼接</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>横向(&amp;L)</translation>
    </message>
    <message>
        <source>PDF &amp;pages:</source>
        <translation>PDF 页面(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Unknown file type: use .svg, .png or .pdf.</source>
        <translation>未知的文件类型：请使用 .svg、.png 或 .pdf。</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Diagram…</source>
        <translation>图表(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML 报告 (*.html);;PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Steps as CSV…</source>
        <translation>步骤 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>Export Steps</source>
        <translation>导出步骤</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Findings as CSV…</source>
        <translation>分析结果 CSV(&amp;F)…</translation>
    </message>
    <message>
        <source>Export Findings</source>
        <translation>导出分析结果</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>bp::FiguresDock</name>
    <message>
        <source>The analysis stopped at validation errors: fix them to see the figures.</source>
        <translation>分析因验证错误而停止：请修正这些错误以查看数值。</translation>
    </message>
    <message>
        <source>No demand given: utilisation and waits are not available</source>
        <translation>未指定需求：无法计算利用率和等待时间</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>无限</translation>
    </message>
    <message>
        <source>Demand %1/h against capacity %2/h</source>
        <translation>需求 %1/h，服务能力 %2/h</translation>
    </message>
    <message>
        <source>Bottleneck: %1 (ρ %2)</source>
        <translation>瓶颈：%1（ρ %2）</translation>
    </message>
    <message>
        <source>Flow time %1 min (without waiting %2 min)</source>
        <translation>流程时间 %1 min（不含等待 %2 min）</translation>
    </message>
    <message>
        <source>Flow time: unbounded (unstable)</source>
        <translation>流程时间：无上限（不稳定）</translation>
    </message>
    <message>
        <source>P(failure-free) %1 %</source>
        <translation>P(全程无失误) %1 %</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>分析数值</translation>
    </message>
    <message>
        <source>What-if figures: the blueprint is unchanged until you apply them.</source>
        <translation>假设分析数值：在您应用之前，服务蓝图保持不变。</translation>
    </message>
</context>
<context>
    <name>bp::FiguresModel</name>
    <message>
        <source>∞ (unstable)</source>
        <translation>∞（不稳定）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Visits per customer (visit ratio v)</source>
        <translation>每位顾客的访问次数（访问比 v）</translation>
    </message>
    <message>
        <source>Implied utilisation ρ of the step&apos;s resource pool</source>
        <translation>该步骤资源池的隐含利用率 ρ</translation>
    </message>
    <message>
        <source>Mean wait in the queue, minutes, in the selected wait model</source>
        <translation>队列中的平均等待时间（分钟），按所选等待模型计算</translation>
    </message>
    <message>
        <source>Share of customers who wait longer than the step&apos;s tolerance</source>
        <translation>等待时间超过该步骤容忍时间的顾客比例</translation>
    </message>
    <message>
        <source>Slack on the worst-case critical path, minutes</source>
        <translation>最坏情况关键路径上的松弛时间（分钟）</translation>
    </message>
    <message>
        <source>FMEA risk priority number, severity × occurrence × detection</source>
        <translation>FMEA 风险优先数：严重度 × 发生度 × 探测度</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>访问次数</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务台数</translation>
    </message>
    <message>
        <source>Wait (min)</source>
        <translation>等待时间（min）</translation>
    </message>
    <message>
        <source>P(wait &gt; tol.)</source>
        <translation>P(等待 &gt; 容忍时间)</translation>
    </message>
    <message>
        <source>Slack (min)</source>
        <translation>松弛时间（min）</translation>
    </message>
    <message>
        <source>RPN</source>
        <translation>RPN</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>bp::FileChangedBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>%1 was deleted on disk.</source>
        <translation>%1 已在磁盘上被删除。</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>%1 已在磁盘上被更改。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>bp::FindingText</name>
    <message>
        <source>the service</source>
        <translation>整个服务</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>exact M/M/c (Erlang C)</source>
        <translation>精确 M/M/c（Erlang C）</translation>
    </message>
    <message>
        <source>Allen–Cunneen (Poisson arrivals)</source>
        <translation>Allen–Cunneen（泊松到达）</translation>
    </message>
    <message>
        <source>Allen–Cunneen with QNA</source>
        <translation>Allen–Cunneen 结合 QNA</translation>
    </message>
    <message>
        <source>Sakasegawa with QNA</source>
        <translation>Sakasegawa 结合 QNA</translation>
    </message>
    <message>
        <source>Unstable</source>
        <translation>不稳定</translation>
    </message>
    <message>
        <source>%1 cannot keep up: %2 customers per hour arrive but it serves at most %3 per hour, so the queue grows by %4 per hour (%5 after %6 h).</source>
        <translation>%1 跟不上需求：每小时到达 %2 位顾客，但它每小时最多只能服务 %3 位，因此排队人数每小时增加 %4 位（%6 h 后达到 %5 位）。</translation>
    </message>
    <message>
        <source>Add servers: at least %1 are needed for the queue to settle, %2 for %3% utilisation. Or shorten the step or move work off it.</source>
        <translation>增加服务台：至少需要 %1 个才能使队列稳定，需要 %2 个才能达到 %3% 的利用率。或者缩短该步骤，或将部分工作从中移出。</translation>
    </message>
    <message>
        <source>Critical utilisation</source>
        <translation>临界利用率</translation>
    </message>
    <message>
        <source>%1 is busy %2% of the time: waits become very long and a small rise in demand makes it collapse.</source>
        <translation>%1 有 %2% 的时间处于忙碌状态：等待时间会变得很长，需求稍有增加就会崩溃。</translation>
    </message>
    <message>
        <source>Add a server or shorten the step (at 95% busy, a single server&apos;s wait is 19 times its service time).</source>
        <translation>增加一个服务台或缩短该步骤（利用率为 95% 时，单服务台的等待时间是其服务时间的 19 倍）。</translation>
    </message>
    <message>
        <source>High utilisation</source>
        <translation>利用率高</translation>
    </message>
    <message>
        <source>%1 is busy %2% of the time; customers wait long there.</source>
        <translation>%1 有 %2% 的时间处于忙碌状态；顾客在此等待时间较长。</translation>
    </message>
    <message>
        <source>Add a server at peak times, shorten the step, or move work to a less busy resource.</source>
        <translation>在高峰时段增加服务台、缩短该步骤，或将工作转移到较空闲的资源。</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>%1 is busy %2% of the time.</source>
        <translation>%1 有 %2% 的时间处于忙碌状态。</translation>
    </message>
    <message>
        <source>Keep an eye on it: waits grow quickly as demand rises.</source>
        <translation>请密切关注：需求上升时，等待时间会迅速增加。</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>%1 is the bottleneck: busy %2% of the time, it limits the service to %3 customers per hour.</source>
        <translation>%1 是瓶颈：它有 %2% 的时间处于忙碌状态，使整个服务每小时最多只能服务 %3 位顾客。</translation>
    </message>
    <message>
        <source>Capacity is gained here first: add a server, shorten the step, or take work off it.</source>
        <translation>提升服务能力应首先从这里入手：增加服务台、缩短该步骤，或减少其工作量。</translation>
    </message>
    <message>
        <source>Capacity shortfall</source>
        <translation>服务能力不足</translation>
    </message>
    <message>
        <source>Demand of %1 customers per hour exceeds the capacity of the service, %2 per hour.</source>
        <translation>每小时 %1 位顾客的需求超过了服务能力（每小时 %2 位）。</translation>
    </message>
    <message>
        <source>Raise the capacity of the bottleneck or reduce demand; queues will grow without limit.</source>
        <translation>提高瓶颈的服务能力或降低需求；否则队列将无限增长。</translation>
    </message>
    <message>
        <source>Wait point</source>
        <translation>等待点</translation>
    </message>
    <message>
        <source>Customers wait %1 min on average before %2, longer than the %3 min they tolerate.</source>
        <translation>顾客在 %2 之前平均等待 %1 min，超过了他们可容忍的 %3 min。</translation>
    </message>
    <message>
        <source>Add a server at peak times, make the wait pleasant or useful (physical evidence), or tell customers how long it will take.</source>
        <translation>在高峰时段增加服务台，让等待变得愉快或有意义（有形展示），或告知顾客需要等待多久。</translation>
    </message>
    <message>
        <source>Service level below target</source>
        <translation>服务水平未达标</translation>
    </message>
    <message>
        <source>Only %1% of customers are served at %2 within %3 min (target %4%).</source>
        <translation>在 %2 处，只有 %1% 的顾客在 %3 min 内得到服务（目标为 %4%）。</translation>
    </message>
    <message>
        <source>Add capacity at this step or reduce the variability of its service time.</source>
        <translation>增加该步骤的服务能力，或降低其服务时间的变异性。</translation>
    </message>
    <message>
        <source>Execution exceeds tolerance</source>
        <translation>执行时间超过容忍时间</translation>
    </message>
    <message>
        <source>Waiting and service at %1 take %2 min, longer than the %3 min tolerated.</source>
        <translation>%1 处的等待和服务共需 %2 min，超过了可容忍的 %3 min。</translation>
    </message>
    <message>
        <source>Shorten the step or its wait, or move part of it backstage.</source>
        <translation>缩短该步骤或其等待时间，或将其中一部分移到后台。</translation>
    </message>
    <message>
        <source>Journey too long</source>
        <translation>全程时间过长</translation>
    </message>
    <message>
        <source>The whole journey takes %1 min on average, longer than the %2 min customers tolerate.</source>
        <translation>整个服务全程平均需要 %1 min，超过了顾客可容忍的 %2 min。</translation>
    </message>
    <message>
        <source>Cut waits at the bottleneck first, then remove steps that add no value for the customer.</source>
        <translation>首先缩短瓶颈处的等待，然后删除对顾客没有增值的步骤。</translation>
    </message>
    <message>
        <source>Rework loop</source>
        <translation>返工循环</translation>
    </message>
    <message>
        <source>Work around %1 is repeated: %2% of customers go round again, so its steps are done %3 times on average.</source>
        <translation>%1 附近的工作会重复进行：%2% 的顾客需要再走一遍，因此这些步骤平均要执行 %3 次。</translation>
    </message>
    <message>
        <source>Get it right the first time: check inputs before the step (poka-yoke) to cut the rework.</source>
        <translation>力求一次做对：在该步骤之前检查输入（防错），以减少返工。</translation>
    </message>
    <message>
        <source>Approximation</source>
        <translation>近似值</translation>
    </message>
    <message>
        <source>%1 serves steps with different times; its wait is an approximation.</source>
        <translation>%1 为服务时间不同的多个步骤提供服务；其等待时间为近似值。</translation>
    </message>
    <message>
        <source>Through parallel branches the flow time is a lower bound (the longest branch&apos;s mean); simulate for the exact figure.</source>
        <translation>经过并行分支时，流程时间为下限（取最长分支的均值）；如需精确数值，请进行仿真。</translation>
    </message>
    <message>
        <source>Waits are estimated with %1 because service or arrival times are not exponential.</source>
        <translation>由于服务时间或到达间隔不服从指数分布，等待时间采用 %1 估算。</translation>
    </message>
    <message>
        <source>Run the simulation to check the figures.</source>
        <translation>运行仿真以核对这些数值。</translation>
    </message>
    <message>
        <source>Single point of failure</source>
        <translation>单点故障</translation>
    </message>
    <message>
        <source>%1 lies on every path through the service: if it stops, the service stops.</source>
        <translation>%1 位于贯穿服务的每一条路径上：一旦它停止，整个服务就会停止。</translation>
    </message>
    <message>
        <source>Plan a fallback for it (a second person, a manual procedure).</source>
        <translation>为它制定后备方案（第二名人员、手工流程）。</translation>
    </message>
    <message>
        <source>Single server on every path</source>
        <translation>每条路径上的单一服务台</translation>
    </message>
    <message>
        <source>%1 lies on every path and has a single server: one absence stops the service.</source>
        <translation>%1 位于每一条路径上且只有一个服务台：一人缺勤，服务就会停止。</translation>
    </message>
    <message>
        <source>Cross-train a second person or add a fallback for this step.</source>
        <translation>交叉培训第二名人员，或为该步骤增加后备方案。</translation>
    </message>
    <message>
        <source>Handoff ping-pong</source>
        <translation>来回交接</translation>
    </message>
    <message>
        <source>Around %1 the customer is handed across the line of visibility and back within %2 steps.</source>
        <translation>在 %1 附近，顾客在 %2 个步骤内跨越可视分界线后又被转回。</translation>
    </message>
    <message>
        <source>Combine the handoffs: let one person finish the work in one go.</source>
        <translation>合并交接：让一个人一次完成这项工作。</translation>
    </message>
    <message>
        <source>Flexible routing gain</source>
        <translation>灵活路由的增益</translation>
    </message>
    <message>
        <source>With flexible routing the service could serve %1 customers per hour, %2 times its capacity with the drawn routing.</source>
        <translation>采用灵活路由时，服务每小时可服务 %1 位顾客，是按图中路由所得服务能力的 %2 倍。</translation>
    </message>
    <message>
        <source>Balance the load between parallel paths or cross-train staff.</source>
        <translation>在并行路径之间平衡负荷，或对员工进行交叉培训。</translation>
    </message>
    <message>
        <source>High risk priority</source>
        <translation>风险优先数高</translation>
    </message>
    <message>
        <source>The failure mode at %1 has a risk priority number of %2 (threshold %3).</source>
        <translation>%1 处的失效模式风险优先数（RPN）为 %2（阈值为 %3）。</translation>
    </message>
    <message>
        <source>Lower its occurrence or improve detection: a check, a reminder, a poka-yoke.</source>
        <translation>降低其发生度或提高探测能力：增加检查、提醒或防错措施。</translation>
    </message>
    <message>
        <source>Severe failure</source>
        <translation>严重失误</translation>
    </message>
    <message>
        <source>A failure at %1 would be severe (severity %2 of 10), whatever its risk priority number (%3).</source>
        <translation>%1 处一旦失误，后果严重（严重度 %2/10），无论其风险优先数（%3）如何。</translation>
    </message>
    <message>
        <source>Design it fail-safe: prevent the failure, or catch it before it reaches the customer.</source>
        <translation>进行失效安全设计：防止失误发生，或在其影响顾客之前将其拦截。</translation>
    </message>
    <message>
        <source>Action priority high</source>
        <translation>措施优先级高</translation>
    </message>
    <message>
        <source>The Action Priority table rates the failure mode at %1 as high.</source>
        <translation>措施优先级（AP）表将 %1 处的失效模式评为高。</translation>
    </message>
    <message>
        <source>Action is required: reduce severity or occurrence, or improve detection.</source>
        <translation>必须采取措施：降低严重度或发生度，或提高探测能力。</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>失误点</translation>
    </message>
    <message>
        <source>%1 fails in %2% of visits and nothing routes the customer to a recovery.</source>
        <translation>%1 在 %2% 的经过中发生失误，且没有任何连线将顾客引向补救。</translation>
    </message>
    <message>
        <source>Add a recovery path (a failure flow to a step that puts it right) or a poka-yoke that prevents the failure.</source>
        <translation>增加补救路径（一条通往纠正问题步骤的失误连线），或增加防止失误的防错措施。</translation>
    </message>
    <message>
        <source>No start</source>
        <translation>无开始步骤</translation>
    </message>
    <message>
        <source>The blueprint has no start step.</source>
        <translation>服务蓝图没有开始步骤。</translation>
    </message>
    <message>
        <source>Add a start step where customers enter the service.</source>
        <translation>在顾客进入服务的位置添加开始步骤。</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>无结束步骤</translation>
    </message>
    <message>
        <source>The blueprint has no end step.</source>
        <translation>服务蓝图没有结束步骤。</translation>
    </message>
    <message>
        <source>Add an end step where customers leave the service.</source>
        <translation>在顾客离开服务的位置添加结束步骤。</translation>
    </message>
    <message>
        <source>Probability missing</source>
        <translation>缺少概率</translation>
    </message>
    <message>
        <source>A flow leaving %1 has no probability.</source>
        <translation>从 %1 出发的某条连线未指定概率。</translation>
    </message>
    <message>
        <source>Give every branch of the decision a probability.</source>
        <translation>为决策的每个分支指定概率。</translation>
    </message>
    <message>
        <source>Probability out of range</source>
        <translation>概率超出范围</translation>
    </message>
    <message>
        <source>A flow leaving %1 has the probability %2, outside 0–100%.</source>
        <translation>从 %1 出发的某条连线概率为 %2，超出了 0–100% 的范围。</translation>
    </message>
    <message>
        <source>Use a probability between 0 and 100%.</source>
        <translation>请使用 0 到 100% 之间的概率。</translation>
    </message>
    <message>
        <source>Probabilities do not add up</source>
        <translation>概率之和不为 100%</translation>
    </message>
    <message>
        <source>The probabilities of the flows leaving %1 add up to %2%, not 100%.</source>
        <translation>从 %1 出发的各连线概率之和为 %2%，而不是 100%。</translation>
    </message>
    <message>
        <source>Correct the branch probabilities so that they add up to 100%.</source>
        <translation>请修正各分支概率，使其总和为 100%。</translation>
    </message>
    <message>
        <source>Unreachable step</source>
        <translation>不可达步骤</translation>
    </message>
    <message>
        <source>No customer reaches %1 from a start step.</source>
        <translation>没有顾客能从开始步骤到达 %1。</translation>
    </message>
    <message>
        <source>Connect it to the flow or remove it.</source>
        <translation>将其连接到流程中，或将其删除。</translation>
    </message>
    <message>
        <source>Dead end</source>
        <translation>死路</translation>
    </message>
    <message>
        <source>Customers at %1 can never reach an end step.</source>
        <translation>位于 %1 的顾客永远无法到达结束步骤。</translation>
    </message>
    <message>
        <source>Connect it onwards to the rest of the flow or to an end step.</source>
        <translation>将其向后连接到流程的其余部分或结束步骤。</translation>
    </message>
    <message>
        <source>Trapped flow</source>
        <translation>被困的流程</translation>
    </message>
    <message>
        <source>Customers who enter the loop at %1 can never leave it.</source>
        <translation>在 %1 进入循环的顾客永远无法离开。</translation>
    </message>
    <message>
        <source>Give the loop an exit with a probability above zero.</source>
        <translation>为该循环设置一个概率大于零的出口。</translation>
    </message>
    <message>
        <source>Unmatched fork</source>
        <translation>未配对的并行分叉</translation>
    </message>
    <message>
        <source>%1 splits the customer into parallel branches that no single join brings together.</source>
        <translation>%1 将顾客拆分为多个并行分支，但没有一个汇合步骤能将它们全部汇合。</translation>
    </message>
    <message>
        <source>Join the parallel branches in one join step.</source>
        <translation>用一个并行汇合步骤汇合这些并行分支。</translation>
    </message>
    <message>
        <source>Unmatched join</source>
        <translation>未配对的并行汇合</translation>
    </message>
    <message>
        <source>%1 waits for parallel branches that no single fork started.</source>
        <translation>%1 等待的并行分支并非由同一个并行分叉步骤产生。</translation>
    </message>
    <message>
        <source>Start the branches in one fork step, or make this a plain step.</source>
        <translation>请从同一个并行分叉步骤开始这些分支，或将此步骤改为普通步骤。</translation>
    </message>
    <message>
        <source>FMEA score out of range</source>
        <translation>FMEA 评分超出范围</translation>
    </message>
    <message>
        <source>The FMEA scores of %1 must be whole numbers from 1 to 10.</source>
        <translation>%1 的 FMEA 评分必须是 1 到 10 之间的整数。</translation>
    </message>
    <message>
        <source>Correct severity, occurrence and detection.</source>
        <translation>请修正严重度、发生度和探测度。</translation>
    </message>
    <message>
        <source>No time given</source>
        <translation>未指定时间</translation>
    </message>
    <message>
        <source>%1 has no service time.</source>
        <translation>%1 没有服务时间。</translation>
    </message>
    <message>
        <source>Give it a time so that waits and the flow time include it.</source>
        <translation>请为其指定时间，以便等待时间和流程时间将其计算在内。</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <translation>%1（位于 %2）。</translation>
    </message>
</context>
<context>
    <name>bp::FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>分析结果</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>没有分析结果。</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 条提示</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
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
        <translation>显示或隐藏%1</translation>
    </message>
    <message>
        <source>Show the findings of one kind only</source>
        <translation>只显示某一类分析结果</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Model checks</source>
        <translation>模型检查</translation>
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
        <translation>错误</translation>
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
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Model check</source>
        <translation>模型检查</translation>
    </message>
    <message>
        <source>A check of the model</source>
        <translation>对模型的检查</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>代码：%1</translation>
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
        <translation>自动</translation>
    </message>
    <message>
        <source>Branch probability. Automatic: 100 % when it is the only routing flow of its step.</source>
        <translation>分支概率。自动：当它是所在步骤唯一的路由连线时为 100%。</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>连线</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起点：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>终点：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>概率(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>Change flow kind</source>
        <translation>修改连线类型</translation>
    </message>
    <message>
        <source>Change probability</source>
        <translation>修改概率</translation>
    </message>
    <message>
        <source>Change flow label</source>
        <translation>修改连线标签</translation>
    </message>
    <message>
        <source>Flow &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>连线 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n flows selected; an edit changes all of them.</source>
        <translation>
            <numerusform>已选择 %n 条连线；所做的编辑将应用于全部所选连线。</numerusform>
        </translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>（多个值）</translation>
    </message>
</context>
<context>
    <name>bp::Handout</name>
    <message>
        <source>Service blueprint</source>
        <translation>服务蓝图</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>page number / page count</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 was not written: the blueprint has no steps.</source>
        <translation>未写入 %1：服务蓝图没有步骤。</translation>
    </message>
    <message>
        <source>Could not create the PDF %1.</source>
        <translation>无法创建 PDF %1。</translation>
    </message>
    <message>
        <source>Nothing was written: the blueprint has no steps.</source>
        <translation>未写入任何内容：服务蓝图没有步骤。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>bp::HelpDialog</name>
    <message>
        <source>Blueprint Studio User Guide</source>
        <translation>Blueprint Studio 用户指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>此版本中缺少用户指南。</translation>
    </message>
</context>
<context>
    <name>bp::HistoryDock</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
</context>
<context>
    <name>bp::LaneCommands</name>
    <message>
        <source>Add lane</source>
        <translation>添加泳道</translation>
    </message>
    <message>
        <source>Remove lane</source>
        <translation>删除泳道</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>移动泳道</translation>
    </message>
</context>
<context>
    <name>bp::Main</name>
    <message>
        <source>Blueprint Studio: service blueprint editor.</source>
        <translation>Blueprint Studio：服务蓝图编辑器。</translation>
    </message>
    <message>
        <source>blueprint-studio: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).
Run it under a virtual display: xvfb-run -a %1 FILE
</source>
        <translation>blueprint-studio：找不到显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。
请在虚拟显示器中运行：xvfb-run -a %1 FILE
</translation>
    </message>
    <message>
        <source>Blueprint files to open.</source>
        <translation>要打开的服务蓝图文件。</translation>
    </message>
</context>
<context>
    <name>bp::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Blueprint Studio</source>
        <translation>关于 Blueprint Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Open Blueprint</source>
        <translation>打开服务蓝图</translation>
    </message>
    <message>
        <source>… and 1 more error</source>
        <translation>… 另有 1 个错误</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more errors</source>
        <translation>
            <numerusform>… 另有 %n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded with 1 warning</source>
        <translation>已加载，有 1 个警告</translation>
    </message>
    <message numerus="yes">
        <source>Loaded with %n warnings</source>
        <translation>
            <numerusform>已加载，有 %n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Save Blueprint As</source>
        <translation>服务蓝图另存为</translation>
    </message>
    <message>
        <source>Save Blueprint</source>
        <translation>保存服务蓝图</translation>
    </message>
    <message>
        <source>The blueprint was not saved.</source>
        <translation>服务蓝图未保存。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation>是否保存对 %1 的更改？</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>About Blueprint Studio</source>
        <translation>关于 Blueprint Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Blueprint Studio %1&lt;/h3&gt;&lt;p&gt;A service blueprint editor with queueing and failure analysis.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Blueprint Studio %1&lt;/h3&gt;&lt;p&gt;具有排队分析和失误分析功能的服务蓝图编辑器。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*] — Blueprint Studio</source>
        <translation>%1[*] — Blueprint Studio</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 个步骤</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>1 flow</source>
        <translation>1 条连线</translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n 条连线</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>从模板新建(&amp;T)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开的文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>制作副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近打开的文件</translation>
    </message>
    <message>
        <source>%1 no longer exists and was removed from the list of recent files.</source>
        <translation>%1 已不存在，已将其从最近打开的文件列表中移除。</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Mi&amp;nimize</source>
        <translation>最小化(&amp;N)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>缩放到所选内容(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>显示网格(&amp;G)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Auto-arrange</source>
        <translation>自动排列(&amp;A)</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <comment>step count, flow count, lane count</comment>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>1 lane</source>
        <translation>1 条泳道</translation>
    </message>
    <message numerus="yes">
        <source>%n lanes</source>
        <translation>
            <numerusform>%n 条泳道</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>Copied 1 step</source>
        <translation>已复制 1 个步骤</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n steps</source>
        <translation>
            <numerusform>已复制 %n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>剪贴板中没有可粘贴的步骤。</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>制作副本</translation>
    </message>
    <message>
        <source>Export &amp;Walkthrough…</source>
        <translation>导出逐步讲解(&amp;W)…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>Start &amp;Presentation</source>
        <translation>开始演示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Show the version of Blueprint Studio</source>
        <translation>显示 Blueprint Studio 的版本</translation>
    </message>
    <message>
        <source>Start an untitled blueprint from the sample “%1”</source>
        <translation>以示例“%1”新建一个未命名的服务蓝图</translation>
    </message>
    <message>
        <source>Minimize this window</source>
        <translation>最小化此窗口</translation>
    </message>
    <message>
        <source>Bring this window to the front</source>
        <translation>将此窗口置于最前</translation>
    </message>
    <message>
        <source>Zoom to the selected steps and flows</source>
        <translation>缩放到所选的步骤和连线</translation>
    </message>
    <message>
        <source>Show or hide the grid that steps snap to</source>
        <translation>显示或隐藏步骤对齐用的网格</translation>
    </message>
    <message>
        <source>Lay the steps out left to right in flow order</source>
        <translation>按流程顺序从左到右排列步骤</translation>
    </message>
    <message>
        <source>Recovered; not saved yet</source>
        <translation>已恢复；尚未保存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The previous version of %1 could not be kept as a backup.</source>
        <translation>无法将 %1 的上一个版本保留为备份。</translation>
    </message>
    <message>
        <source>Save anyway, without a backup?</source>
        <translation>仍然保存，不保留备份？</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>仍然保存(&amp;A)</translation>
    </message>
    <message>
        <source>This blueprint was recovered after a crash.</source>
        <translation>此服务蓝图是在程序崩溃后恢复的。</translation>
    </message>
    <message>
        <source>Replace %1 on disk with the recovered version?</source>
        <translation>用恢复的版本替换磁盘上的 %1？</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program since it was opened or saved here.</source>
        <translation>自在此处打开或保存以来，%1 已在磁盘上被其他程序更改。</translation>
    </message>
    <message>
        <source>Overwrite it with your version, or save yours under another name?</source>
        <translation>用您的版本覆盖它，还是将您的版本以另一个名称保存？</translation>
    </message>
    <message>
        <source>%1 was deleted on disk since it was opened or saved here.</source>
        <translation>自在此处打开或保存以来，%1 已在磁盘上被删除。</translation>
    </message>
    <message>
        <source>Save it again, or save under another name?</source>
        <translation>再次保存，还是以另一个名称保存？</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Reload Blueprint</source>
        <translation>重新加载服务蓝图</translation>
    </message>
    <message>
        <source>Reload %1 from disk?</source>
        <translation>从磁盘重新加载 %1？</translation>
    </message>
    <message>
        <source>Your unsaved changes will be lost.</source>
        <translation>未保存的更改将会丢失。</translation>
    </message>
    <message>
        <source>&amp;Discard Changes and Reload</source>
        <translation>放弃更改并重新加载(&amp;D)</translation>
    </message>
    <message>
        <source>%1 could not be read; your version stays open.</source>
        <translation>无法读取 %1；您的版本仍保持打开。</translation>
    </message>
    <message>
        <source>-walkthrough</source>
        <comment>file name suffix of a walkthrough handout</comment>
        <translation>-逐步讲解</translation>
    </message>
    <message>
        <source>PDF handout, one page per step (*.pdf)</source>
        <translation>PDF 讲义，每个步骤一页 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images, one per step, in a folder (*)</source>
        <translation>PNG 图像，每个步骤一张，存放在文件夹中 (*)</translation>
    </message>
    <message>
        <source>Export Walkthrough</source>
        <translation>导出逐步讲解</translation>
    </message>
    <message>
        <source>The walkthrough was not exported.</source>
        <translation>逐步讲解未导出。</translation>
    </message>
    <message numerus="yes">
        <source>Exported the walkthrough: %n page(s) to %1</source>
        <translation>
            <numerusform>已导出逐步讲解：%n 页，保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a blueprint file</source>
        <translation>打开服务蓝图文件</translation>
    </message>
    <message>
        <source>Save the blueprint</source>
        <translation>保存服务蓝图</translation>
    </message>
    <message>
        <source>Save the blueprint under a new name</source>
        <translation>以新名称保存服务蓝图</translation>
    </message>
    <message>
        <source>Export the customer journey as a handout: a PDF or PNG images, one per step</source>
        <translation>将顾客旅程导出为讲义：一个 PDF 或一组 PNG 图像，每个步骤一页</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>关闭此窗口</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>关闭所有窗口并退出</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>撤销上一次更改</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>重做上一次撤销的更改</translation>
    </message>
    <message>
        <source>Cut the selected steps and flows to the clipboard</source>
        <translation>将所选的步骤和连线剪切到剪贴板</translation>
    </message>
    <message>
        <source>Copy the selected steps and flows</source>
        <translation>复制所选的步骤和连线</translation>
    </message>
    <message>
        <source>Paste steps and flows from the clipboard</source>
        <translation>从剪贴板粘贴步骤和连线</translation>
    </message>
    <message>
        <source>Duplicate the selected steps and flows</source>
        <translation>为所选的步骤和连线制作副本</translation>
    </message>
    <message>
        <source>Delete the selected steps and flows</source>
        <translation>删除所选的步骤和连线</translation>
    </message>
    <message>
        <source>Select every step and flow</source>
        <translation>选择所有步骤和连线</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit the whole blueprint in the window</source>
        <translation>使整个服务蓝图适应窗口大小</translation>
    </message>
    <message>
        <source>Show the blueprint at 100 %</source>
        <translation>以 100% 显示服务蓝图</translation>
    </message>
    <message>
        <source>Present the customer journey full screen, step by step (Esc ends)</source>
        <translation>全屏逐步演示顾客旅程（按 Esc 结束）</translation>
    </message>
    <message>
        <source>Read about lanes, lines, the F and W marks and the analysis figures</source>
        <translation>了解泳道、分界线、F 和 W 标记以及分析数值</translation>
    </message>
    <message>
        <source>Forget the recent files</source>
        <translation>清除最近打开的文件列表</translation>
    </message>
    <message>
        <source>Open the %1 menu</source>
        <translation>打开“%1”菜单</translation>
    </message>
    <message>
        <source>Show or hide: %1</source>
        <translation>显示或隐藏：%1</translation>
    </message>
    <message>
        <source>Blueprints (*.blueprint);;BPMN 2.0 models (*.bpmn *.bpmn2);;All files (*)</source>
        <translation>服务蓝图 (*.blueprint);;BPMN 2.0 模型 (*.bpmn *.bpmn2);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export &amp;BPMN 2.0…</source>
        <translation>导出 BPMN 2.0(&amp;B)…</translation>
    </message>
    <message>
        <source>Save the blueprint as a BPMN 2.0 model for Camunda Modeler, bpmn.io and other BPMN tools</source>
        <translation>将服务蓝图保存为 BPMN 2.0 模型，供 Camunda Modeler、bpmn.io 等 BPMN 工具使用</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Export BPMN 2.0</source>
        <translation>导出 BPMN 2.0</translation>
    </message>
    <message>
        <source>BPMN 2.0 models (*.bpmn)</source>
        <translation>BPMN 2.0 模型 (*.bpmn)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;Blank Blueprint</source>
        <translation>新建空白服务蓝图(&amp;B)</translation>
    </message>
    <message>
        <source>Start a new blueprint: a blank one or a sample, with what each one teaches</source>
        <translation>新建服务蓝图：空白蓝图或示例，并了解每个示例的教学要点</translation>
    </message>
    <message>
        <source>Start a new blueprint with the standard lanes, without the gallery</source>
        <translation>不经模板库，直接新建一个含标准泳道的服务蓝图</translation>
    </message>
</context>
<context>
    <name>bp::NativeReader</name>
    <message>
        <source>the file is not well-formed XML: a tag is not recognised</source>
        <translation>文件不是格式正确的 XML：无法识别某个标签</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: a processing instruction or the XML declaration is broken</source>
        <translation>文件不是格式正确的 XML：处理指令或 XML 声明格式错误</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: a comment is not closed</source>
        <translation>文件不是格式正确的 XML：注释未闭合</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: a CDATA section is not closed</source>
        <translation>文件不是格式正确的 XML：CDATA 段未闭合</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: the DOCTYPE is broken</source>
        <translation>文件不是格式正确的 XML：DOCTYPE 格式错误</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: text is broken</source>
        <translation>文件不是格式正确的 XML：文本内容格式错误</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: a start tag is broken or not closed</source>
        <translation>文件不是格式正确的 XML：开始标签格式错误或未闭合</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: an attribute is broken (missing quotes or &apos;=&apos;)</source>
        <translation>文件不是格式正确的 XML：某个属性格式错误（缺少引号或“=”）</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: an end tag is broken</source>
        <translation>文件不是格式正确的 XML：结束标签格式错误</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: an end tag does not match its start tag, or the file ends too early</source>
        <translation>文件不是格式正确的 XML：结束标签与开始标签不匹配，或文件提前结束</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: content outside the root element</source>
        <translation>文件不是格式正确的 XML：根元素之外存在内容</translation>
    </message>
    <message>
        <source>the file contains no XML element</source>
        <translation>文件中没有任何 XML 元素</translation>
    </message>
    <message>
        <source>not enough memory to read the file</source>
        <translation>内存不足，无法读取文件</translation>
    </message>
    <message>
        <source>the file is not well-formed XML</source>
        <translation>文件不是格式正确的 XML</translation>
    </message>
    <message>
        <source>the file has more than one root element</source>
        <translation>文件包含多个根元素</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>根元素之外存在文本</translation>
    </message>
    <message>
        <source>this is not a blueprint file: the root element is &lt;%1&gt;, expected &lt;blueprint&gt;</source>
        <translation>这不是服务蓝图文件：根元素为 &lt;%1&gt;，应为 &lt;blueprint&gt;</translation>
    </message>
    <message>
        <source>&lt;blueprint&gt; is not in the namespace %1 (found %2)</source>
        <translation>&lt;blueprint&gt; 不在命名空间 %1 中（实际为 %2）</translation>
    </message>
    <message>
        <source>no namespace</source>
        <translation>无命名空间</translation>
    </message>
    <message>
        <source>&lt;blueprint&gt; has no version attribute</source>
        <translation>&lt;blueprint&gt; 缺少 version 属性</translation>
    </message>
    <message>
        <source>this file uses format version %1, which is newer than this program reads (version 1); open it with a newer Blueprint Studio</source>
        <translation>此文件使用格式版本 %1，比本程序可读取的版本（版本 1）更新；请使用更新版本的 Blueprint Studio 打开</translation>
    </message>
    <message>
        <source>more than one &lt;description&gt; in &lt;blueprint&gt;</source>
        <translation>&lt;blueprint&gt; 中有多个 &lt;description&gt;</translation>
    </message>
    <message>
        <source>more than one &lt;demand&gt; element</source>
        <translation>存在多个 &lt;demand&gt; 元素</translation>
    </message>
    <message>
        <source>the blueprint has more than %1 steps, the most this program opens</source>
        <translation>服务蓝图的步骤超过 %1 个，超出了本程序可打开的上限</translation>
    </message>
    <message>
        <source>flow %1 has more than %2 points</source>
        <translation>连线 %1 的折点超过 %2 个</translation>
    </message>
    <message>
        <source>step %1 is in lane %2, which does not exist</source>
        <translation>步骤 %1 位于泳道 %2 中，但该泳道不存在</translation>
    </message>
    <message>
        <source>step %1 uses pool %2, which does not exist</source>
        <translation>步骤 %1 使用资源池 %2，但该资源池不存在</translation>
    </message>
    <message>
        <source>the blueprint has %1 steps; editing is slower above %2</source>
        <translation>服务蓝图有 %1 个步骤；步骤超过 %2 个时编辑会变慢</translation>
    </message>
    <message>
        <source>duplicate id %1 (first used on line %2)</source>
        <translation>id %1 重复（首次使用于第 %2 行）</translation>
    </message>
    <message>
        <source>flow %1 comes from step %2, which does not exist</source>
        <translation>连线 %1 的起点步骤 %2 不存在</translation>
    </message>
    <message>
        <source>flow %1 goes to step %2, which does not exist</source>
        <translation>连线 %1 的终点步骤 %2 不存在</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;%2&gt; is skipped and will not be saved</source>
        <translation>&lt;%2&gt; 中的未知元素 &lt;%1&gt; 已被跳过，且不会被保存</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; from another namespace is kept as it is</source>
        <translation>来自其他命名空间的元素 &lt;%1&gt; 将原样保留</translation>
    </message>
    <message>
        <source>attribute %1 from another namespace is kept as it is</source>
        <translation>来自其他命名空间的属性 %1 将原样保留</translation>
    </message>
    <message>
        <source>unknown attribute %1 on &lt;%2&gt; is kept but not used</source>
        <translation>&lt;%2&gt; 上的未知属性 %1 会被保留，但不会被使用</translation>
    </message>
    <message>
        <source>%1=%2 is not a number</source>
        <translation>%1=%2 不是数字</translation>
    </message>
    <message>
        <source>%1=%2 is out of range: it must be from %3 to %4</source>
        <translation>%1=%2 超出范围：必须介于 %3 和 %4 之间</translation>
    </message>
    <message>
        <source>%1=%2 must be a whole number from 1 to 10</source>
        <translation>%1=%2 必须是 1 到 10 之间的整数</translation>
    </message>
    <message>
        <source>servers=%1 must be a whole number from 1 to %2, or inf</source>
        <translation>servers=%1 必须是 1 到 %2 之间的整数，或者为 inf</translation>
    </message>
    <message>
        <source>%1=%2 must be true or false</source>
        <translation>%1=%2 必须是 true 或 false</translation>
    </message>
    <message>
        <source>id %1 is not valid: an id has 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, and starts with a letter or &apos;_&apos;</source>
        <translation>id %1 无效：id 须由 1 到 64 个字母、数字、“_”、“.”或“-”组成，并以字母或“_”开头</translation>
    </message>
    <message>
        <source>%1=%2 is not a valid id</source>
        <translation>%1=%2 不是有效的 id</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no id</source>
        <translation>&lt;%1&gt; 缺少 id 属性</translation>
    </message>
    <message>
        <source>%1=%2 is not one of: %3</source>
        <translation>%1=%2 不是以下值之一：%3</translation>
    </message>
    <message>
        <source>the file is %1 MB, larger than the limit of %2 MB</source>
        <translation>文件大小为 %1 MB，超过了 %2 MB 的上限</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte 0x%1)</source>
        <translation>文件不是有效的 UTF-8 文本（字节 0x%1）</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>control character U+%1 is not allowed in an XML file</source>
        <translation>XML 文件中不允许出现控制字符 U+%1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>control characters in %1 were removed</source>
        <translation>已删除 %1 中的控制字符</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3</source>
        <translation>%1 长 %2 个字符，超过了 %3 个字符的上限</translation>
    </message>
    <message>
        <source>attribute %1 is given twice on &lt;%2&gt;</source>
        <translation>&lt;%2&gt; 上的属性 %1 出现了两次</translation>
    </message>
    <message>
        <source>version=%1 is not a valid format version number</source>
        <translation>version=%1 不是有效的格式版本号</translation>
    </message>
    <message>
        <source>lane %1 has no kind attribute</source>
        <translation>泳道 %1 缺少 kind 属性</translation>
    </message>
    <message>
        <source>pool %1 has no servers attribute</source>
        <translation>资源池 %1 缺少 servers 属性</translation>
    </message>
    <message>
        <source>step %1 has no lane attribute</source>
        <translation>步骤 %1 缺少 lane 属性</translation>
    </message>
    <message>
        <source>flow %1 has no from attribute</source>
        <translation>连线 %1 缺少 from 属性</translation>
    </message>
    <message>
        <source>flow %1 has no to attribute</source>
        <translation>连线 %1 缺少 to 属性</translation>
    </message>
    <message>
        <source>%1=%2 must be a whole number from %3 to %4</source>
        <translation>%1=%2 必须是 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <source>%1=%2 is out of range: it must be more than %3 and at most %4</source>
        <translation>%1=%2 超出范围：必须大于 %3 且不超过 %4</translation>
    </message>
    <message>
        <source>the utilisation bands must rise: busy ≤ high ≤ critical</source>
        <translation>利用率区间必须递增：busy ≤ high ≤ critical</translation>
    </message>
    <message>
        <source>%1=%2 is below %3 (%4): %5</source>
        <translation>%1=%2 低于 %3（%4）：%5</translation>
    </message>
    <message>
        <source>%1=%2 is above %3 (%4): %5</source>
        <translation>%1=%2 高于 %3（%4）：%5</translation>
    </message>
    <message>
        <source>more than one &lt;analysis&gt; element</source>
        <translation>存在多个 &lt;analysis&gt; 元素</translation>
    </message>
</context>
<context>
    <name>bp::NotesWindow</name>
    <message>
        <source>Speaker Notes</source>
        <translation>演讲者备注</translation>
    </message>
    <message>
        <source>%1 / %2   %3</source>
        <translation>%1 / %2   %3</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>此步骤没有备注。</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Last step.</source>
        <translation>最后一步。</translation>
    </message>
</context>
<context>
    <name>bp::OverlayLegend</name>
    <message>
        <source>Show the legend</source>
        <translation>显示图例</translation>
    </message>
    <message>
        <source>Fold the legend</source>
        <translation>折叠图例</translation>
    </message>
</context>
<context>
    <name>bp::OverviewWidget</name>
    <message>
        <source>Overview: drag the rectangle to move the view</source>
        <translation>概览：拖动矩形框以移动视图</translation>
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
        <translation>顾客</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>后台</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持过程</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>LINE OF INTERACTION</source>
        <translation>互动分界线</translation>
    </message>
    <message>
        <source>LINE OF VISIBILITY</source>
        <translation>可视分界线</translation>
    </message>
    <message>
        <source>LINE OF INTERNAL INTERACTION</source>
        <translation>内部互动分界线</translation>
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
        <translation>选择</translation>
    </message>
    <message>
        <source>Select and move (Esc)</source>
        <translation>选择并移动（Esc）</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect: drag from one step to another</source>
        <translation>连接：从一个步骤拖动到另一个步骤</translation>
    </message>
    <message>
        <source>%1: click, then click in a lane; or drag onto the canvas</source>
        <translation>%1：单击此按钮，然后在泳道中单击；或直接拖到画布上</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>并行分叉</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>并行汇合</translation>
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
        <translation>选择…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>One backup beside the file (.bak)</source>
        <translation>在文件旁保留一个备份（.bak）</translation>
    </message>
    <message>
        <source>Every version in a folder</source>
        <translation>在文件夹中保留每个版本</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds after the last edit; unsaved work is autosaved at least once a minute. Autosaved documents are offered after a crash.</source>
        <translation>最后一次编辑后的秒数；未保存的工作至少每分钟自动保存一次。程序崩溃后会提供自动保存的文档供恢复。</translation>
    </message>
    <message>
        <source>&amp;Backup on save:</source>
        <translation>保存时备份(&amp;B)：</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>自动保存间隔(&amp;A)：</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages. The command-line tool follows the system language.</source>
        <translation>菜单、对话框和消息使用的语言。命令行工具跟随系统语言。</translation>
    </message>
    <message>
        <source>The new language shows when Blueprint Studio is started again.</source>
        <translation>重新启动 Blueprint Studio 后显示新语言。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>bp::PresentationWindow</name>
    <message>
        <source>Presentation — %1</source>
        <translation>演示 — %1</translation>
    </message>
    <message>
        <source>%1 / %2   %3</source>
        <translation>%1 / %2   %3</translation>
    </message>
    <message>
        <source>This blueprint has no steps to walk through.</source>
        <translation>此服务蓝图没有可逐步演示的步骤。</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>演讲者备注</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>此步骤没有备注。</translation>
    </message>
    <message>
        <source>Lanes %1 of %2</source>
        <translation>泳道 %1 / %2</translation>
    </message>
    <message>
        <source>→ next   ← back   L lanes   + − 0 zoom   N notes   P pointer   Esc end</source>
        <translation>→ 下一步   ← 上一步   L 泳道   + − 0 缩放   N 备注   P 激光笔   Esc 结束</translation>
    </message>
</context>
<context>
    <name>bp::PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>%1 and %2 are selected. Select only steps or only flows to edit them.</source>
        <translation>已选择 %1 和 %2。请只选择步骤或只选择连线后再进行编辑。</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 个步骤</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>1 flow</source>
        <translation>1 条连线</translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n 条连线</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bp::PropertyNames</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Fork (parallel split)</source>
        <translation>并行分叉（拆分为并行分支）</translation>
    </message>
    <message>
        <source>Join (parallel join)</source>
        <translation>并行汇合（汇合并行分支）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>有形展示</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>普通连线</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失误</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>有形展示连线</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>有形展示</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>后台</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持过程</translation>
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
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
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
        <translation>每分钟</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>（多个值）</translation>
    </message>
</context>
<context>
    <name>bp::Recovery</name>
    <message>
        <source>There is no recovery folder.</source>
        <translation>没有恢复文件夹。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>bp::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Blueprint Studio did not close normally. These blueprints had unsaved changes and were autosaved:</source>
        <translation>Blueprint Studio 未正常关闭。以下服务蓝图有未保存的更改，已被自动保存：</translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation>服务蓝图</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>原始文件</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>自动保存时间</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>（从未保存）</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Save Recovered Blueprint As</source>
        <translation>将恢复的服务蓝图另存为</translation>
    </message>
    <message>
        <source>Blueprints (*.blueprint)</source>
        <translation>服务蓝图 (*.blueprint)</translation>
    </message>
</context>
<context>
    <name>bp::Simulation</name>
    <message>
        <source>the number of customers must be at least 1</source>
        <translation>顾客数必须至少为 1</translation>
    </message>
    <message>
        <source>the number of replications must be at least 1</source>
        <translation>重复运行次数必须至少为 1</translation>
    </message>
    <message>
        <source>the blueprint has no demand: give an arrival rate to simulate it</source>
        <translation>服务蓝图没有需求：请指定到达率后再进行仿真</translation>
    </message>
    <message>
        <source>the arrival SCV must be a number of at least 0</source>
        <translation>到达 SCV 必须是大于或等于 0 的数字</translation>
    </message>
    <message>
        <source>the blueprint has no start step where customers enter</source>
        <translation>服务蓝图没有供顾客进入的开始步骤</translation>
    </message>
    <message>
        <source>pool %1 has no servers</source>
        <translation>资源池 %1 没有服务台</translation>
    </message>
    <message>
        <source>step %1 has an invalid time or SCV</source>
        <translation>步骤 %1 的时间或 SCV 无效</translation>
    </message>
    <message>
        <source>step %1 has no resource pool</source>
        <translation>步骤 %1 没有资源池</translation>
    </message>
    <message>
        <source>flow %1 has no routing probability</source>
        <translation>连线 %1 没有路由概率</translation>
    </message>
    <message>
        <source>step %1 is a dead end: no flow leaves it</source>
        <translation>步骤 %1 是死路：没有任何连线从它出发</translation>
    </message>
    <message>
        <source>the routing probabilities out of step %1 sum to %2, not 1</source>
        <translation>从步骤 %1 出发的路由概率之和为 %2，而不是 1</translation>
    </message>
    <message>
        <source>a customer made more than %1 visits and was still at step %2: a loop without exit traps customers</source>
        <translation>有顾客访问超过 %1 次后仍停留在步骤 %2：存在一个没有出口的循环困住了顾客</translation>
    </message>
    <message>
        <source>customers were left in the system with nothing to do</source>
        <translation>有顾客滞留在系统中，且无事可做</translation>
    </message>
    <message>
        <source>customers waited forever at join %1: not every branch of their fork reaches it</source>
        <translation>顾客在并行汇合 %1 处无限等待：其并行分叉的分支并非都能到达这里</translation>
    </message>
    <message>
        <source>a replication reached the limit of %1 events</source>
        <translation>某次重复运行达到了 %1 个事件的上限</translation>
    </message>
    <message>
        <source>the simulation was cancelled</source>
        <translation>仿真已取消</translation>
    </message>
    <message>
        <source>overloaded in %1 of %2 replications: %3; the queue grows without bound, so the figures are not steady-state values</source>
        <translation>在 %2 次重复运行中有 %1 次过载：%3；队列无限增长，因此这些数值不是稳态值</translation>
    </message>
</context>
<context>
    <name>bp::SimulationDialog</name>
    <message>
        <source>E&amp;xponential times (the exact Jackson model)</source>
        <translation>指数分布时间（精确的 Jackson 模型）(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>仿真</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Analytic wait (min)</source>
        <translation>解析等待时间（min）</translation>
    </message>
    <message>
        <source>Simulated wait (min)</source>
        <translation>仿真等待时间（min）</translation>
    </message>
    <message>
        <source>± 95 % CI</source>
        <translation>± 95% 置信区间</translation>
    </message>
    <message>
        <source>Inside CI</source>
        <translation>在置信区间内</translation>
    </message>
    <message>
        <source>C&amp;ustomers per replication:</source>
        <translation>每次重复运行的顾客数(&amp;U)：</translation>
    </message>
    <message>
        <source>R&amp;eplications:</source>
        <translation>重复运行次数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>正在仿真…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The simulation did not run: %1</source>
        <translation>仿真未运行：%1</translation>
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
        <translation>流程时间</translation>
    </message>
    <message>
        <source>%1 replications of %2 customers. %3 of %4 analytic waits lie inside the simulated 95 % confidence interval.</source>
        <translation>%1 次重复运行，每次 %2 位顾客。%4 个解析等待时间中有 %3 个落在仿真的 95% 置信区间内。</translation>
    </message>
    <message>
        <source>Approximate wait formulas are compared with the simulation of the stated variability: some differences are expected.</source>
        <translation>近似等待公式是与按所设变异性进行的仿真相比较的：出现一些差异是正常的。</translation>
    </message>
    <message>
        <source>Some resource was overloaded: the figures are not steady.</source>
        <translation>有资源过载：这些数值不是稳态值。</translation>
    </message>
</context>
<context>
    <name>bp::StepPage</name>
    <message>
        <source>∞ (self-service)</source>
        <translation>∞（自助服务）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
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
        <translation>此步骤的并行服务台数；∞ 表示自助服务（无需排队）。</translation>
    </message>
    <message>
        <source>Longest acceptable wait before this step, for a customer who is present.</source>
        <translation>顾客在场时，此步骤之前可接受的最长等待时间。</translation>
    </message>
    <message>
        <source>Longest acceptable duration of the step itself.</source>
        <translation>步骤本身可接受的最长持续时间。</translation>
    </message>
    <message>
        <source>Probability that a visit fails in a way that no flow routes to a recovery.</source>
        <translation>每次经过该步骤时发生失误、且没有任何连线将其引向补救的概率。</translation>
    </message>
    <message>
        <source>FMEA detection score: 1 = always detected, 10 = cannot be detected.</source>
        <translation>FMEA 探测度评分：1 = 总能被探测到，10 = 无法探测。</translation>
    </message>
    <message>
        <source>On a start step: the share of arrivals entering here.</source>
        <translation>用于开始步骤：从此处进入的到达顾客所占比例。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
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
        <translation>服务</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Variability (SCV):</source>
        <translation>变异性（SCV）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>服务台数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>资源池(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Entry share:</source>
        <translation>进入比例(&amp;E)：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Customer &amp;present:</source>
        <translation>顾客在场(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Wait tolerance:</source>
        <translation>等待容忍时间(&amp;W)：</translation>
    </message>
    <message>
        <source>E&amp;xecution tolerance:</source>
        <translation>执行容忍时间(&amp;X)：</translation>
    </message>
    <message>
        <source>Failure (FMEA)</source>
        <translation>失误（FMEA）</translation>
    </message>
    <message>
        <source>P(&amp;fail):</source>
        <translation>失误概率(&amp;F)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重度(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Occurrence:</source>
        <translation>发生度(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Detection:</source>
        <translation>探测度(&amp;D)：</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>重命名步骤</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>修改描述</translation>
    </message>
    <message>
        <source>Change step kind</source>
        <translation>修改步骤类型</translation>
    </message>
    <message>
        <source>Move to lane</source>
        <translation>移至泳道</translation>
    </message>
    <message>
        <source>Change pool</source>
        <translation>修改资源池</translation>
    </message>
    <message>
        <source>Change customer presence</source>
        <translation>修改顾客在场状态</translation>
    </message>
    <message>
        <source>Change time</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Change variability</source>
        <translation>修改变异性</translation>
    </message>
    <message>
        <source>Change servers</source>
        <translation>修改服务台数</translation>
    </message>
    <message>
        <source>Change wait tolerance</source>
        <translation>修改等待容忍时间</translation>
    </message>
    <message>
        <source>Change execution tolerance</source>
        <translation>修改执行容忍时间</translation>
    </message>
    <message>
        <source>Change failure probability</source>
        <translation>修改失误概率</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>修改严重度</translation>
    </message>
    <message>
        <source>Change occurrence</source>
        <translation>修改发生度</translation>
    </message>
    <message>
        <source>Change detection</source>
        <translation>修改探测度</translation>
    </message>
    <message>
        <source>Change entry share</source>
        <translation>修改进入比例</translation>
    </message>
    <message>
        <source>Step &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>步骤 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n steps selected; an edit changes all of them.</source>
        <translation>
            <numerusform>已选择 %n 个步骤；所做的编辑将应用于全部所选步骤。</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The pool&apos;s servers serve this step.</source>
        <translation>此步骤由资源池的服务台提供服务。</translation>
    </message>
</context>
<context>
    <name>bp::TemplateGallery</name>
    <message>
        <source>New from Template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Blank blueprint</source>
        <translation>空白服务蓝图</translation>
    </message>
    <message>
        <source>The five standard lanes and the three lines, ready to draw on.</source>
        <translation>五条标准泳道和三条分界线，可直接开始绘制。</translation>
    </message>
    <message>
        <source>An empty blueprint with the lanes physical evidence, customer actions, frontstage, backstage and support processes, and the lines of interaction, visibility and internal interaction between them.</source>
        <translation>一个空白的服务蓝图，包含有形展示、顾客行为、前台接触员工行为、后台接触员工行为和支持过程五条泳道，以及它们之间的互动分界线、可视分界线和内部互动分界线。</translation>
    </message>
</context>
<context>
    <name>bp::Validation</name>
    <message>
        <source>step %1 has no time given</source>
        <translation>步骤 %1 未指定时间</translation>
    </message>
    <message>
        <source>step %1 uses pool %2, so its own servers are ignored</source>
        <translation>步骤 %1 使用资源池 %2，因此忽略该步骤自身的服务台数（servers）</translation>
    </message>
    <message>
        <source>step %1 has only some of severity, occurrence and detection; FMEA needs all three</source>
        <translation>步骤 %1 只给出了严重度（severity）、发生度（occurrence）和探测度（detection）中的部分项；FMEA 需要全部三项</translation>
    </message>
    <message>
        <source>evidence flow %1 links no evidence step</source>
        <translation>有形展示连线 %1 没有连接任何有形展示步骤</translation>
    </message>
    <message>
        <source>step %1 has %2 outgoing flows but %3 of them give no probability</source>
        <translation>步骤 %1 有 %2 条出向连线，但其中 %3 条未指定概率</translation>
    </message>
    <message>
        <source>the probabilities of the flows leaving step %1 add up to %2, not 1</source>
        <translation>从步骤 %1 出发的各连线概率之和为 %2，而不是 1</translation>
    </message>
    <message>
        <source>the blueprint has no start step</source>
        <translation>服务蓝图没有开始步骤</translation>
    </message>
    <message>
        <source>the blueprint has no end step</source>
        <translation>服务蓝图没有结束步骤</translation>
    </message>
</context>
<context>
    <name>bp::ValueSpinBox</name>
    <message>
        <source>(mixed)</source>
        <translation>（多个值）</translation>
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
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Fail point: %1 fails %2 of the time and nothing routes the customer to recovery.</source>
        <translation>失误点：%1 有 %2 的时间会失误，且没有任何路径将顾客引导至补救。</translation>
    </message>
    <message>
        <source>Fail point: %1 fails %2 of the time and its failure route never brings the customer back to the end of the service.</source>
        <translation>失误点：%1 有 %2 的时间会失误，且其失误路径从不将顾客带回到服务的结束步骤。</translation>
    </message>
    <message>
        <source>Severity %1 of 10.</source>
        <translation>严重度 %1（满分 10）。</translation>
    </message>
    <message>
        <source>Wait point: customers wait %1 on average against a tolerance of %2.</source>
        <translation>等待点：顾客平均等待 %1，容忍时间为 %2。</translation>
    </message>
    <message>
        <source>%1 of customers wait longer than the tolerance of %2; the target allows %3.</source>
        <translation>%1 的顾客等待时间超过容忍时间 %2；目标允许的比例为 %3。</translation>
    </message>
    <message>
        <source>Wait point: %1</source>
        <translation>等待点：%1</translation>
    </message>
</context>
<context>
    <name>bp::WhatIfPanel</name>
    <message>
        <source>What-if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <source>&amp;Apply to Blueprint</source>
        <translation>应用到服务蓝图(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
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
        <translation>按此处的尝试修改服务蓝图（一步撤销）</translation>
    </message>
    <message>
        <source>Arrival rate:</source>
        <translation>到达率：</translation>
    </message>
    <message>
        <source>Servers of:</source>
        <translation>资源池的服务台数：</translation>
    </message>
    <message>
        <source>Time of:</source>
        <translation>步骤的时间：</translation>
    </message>
    <message>
        <source>Change a value above to see its effect; the blueprint stays as it is.</source>
        <translation>修改上方的某个值以查看其影响；服务蓝图保持不变。</translation>
    </message>
    <message>
        <source>Now: %1
What-if: %2</source>
        <translation>当前：%1
假设：%2</translation>
    </message>
    <message>
        <source>Apply What-if</source>
        <translation>应用假设分析</translation>
    </message>
    <message>
        <source>Change Servers</source>
        <translation>修改服务台数</translation>
    </message>
    <message>
        <source>Change Time</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>bp::WindowManager</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>The autosaved blueprint could not be read; it is kept.</source>
        <translation>无法读取自动保存的服务蓝图；该文件已保留。</translation>
    </message>
</context>
<context>
    <name>bp::ZoomSlider</name>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
</TS>
