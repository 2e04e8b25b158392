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
        <source>Usage: blueprint generate --steps N [--seed S] [-o OUT]</source>
        <translation>用法：blueprint generate --steps N [--seed S] [-o OUT]</translation>
    </message>
    <message>
        <source>Maximum file size to read, in MB (default 50).</source>
        <translation>可读取的最大文件大小，单位 MB（默认 50）。</translation>
    </message>
    <message>
        <source>blueprint validate: --max-file-size must be a number of MB greater than 0 and at most 4096</source>
        <translation>blueprint validate: --max-file-size 必须是大于 0 且不超过 4096 的 MB 数</translation>
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
        <source>Waiting-time formula: auto (default: exact when times are exponential), exact, allen-cunneen.</source>
        <translation>等待时间公式：auto（默认；时间服从指数分布时使用精确公式）、exact、allen-cunneen。</translation>
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
        <source>Usage: blueprint analyze FILE [--format text|json] [--wait-model exact|allen-cunneen|auto] [--fail-on error|warning|never] [--ap-table CSV]</source>
        <translation>用法：blueprint analyze FILE [--format text|json] [--wait-model exact|allen-cunneen|auto] [--fail-on error|warning|never] [--ap-table CSV]</translation>
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
        <source>--wait-model must be exact, allen-cunneen or auto</source>
        <translation>--wait-model 必须是 exact、allen-cunneen 或 auto</translation>
    </message>
    <message>
        <source>--fail-on must be error, warning or never</source>
        <translation>--fail-on 必须是 error、warning 或 never</translation>
    </message>
    <message>
        <source>Usage: blueprint COMMAND [options] [FILE...]

Commands:
  validate FILE...           check files; print errors and warnings
  analyze FILE [--format text|json] [--wait-model exact|allen-cunneen|auto]
          [--fail-on error|warning|never]
                             utilisation, waits, bottlenecks, fail points
  simulate FILE [--customers N] [--replications R] [--seed S]
           [--format text|json]
                             discrete-event simulation; means with 95% CIs
  generate --steps N [--seed S] [-o OUT]
                             write a synthetic blueprint of N steps
  convert IN OUT             between .blueprint and BPMN 2.0 (.bpmn)

Options of every command: --help, --version.
Run &apos;blueprint COMMAND --help&apos; for the options of a command.
Exit status: 0 success, 1 problems found (--fail-on), 2 bad usage or a file
that cannot be read or written.
</source>
        <translation>用法：blueprint COMMAND [options] [FILE...]

命令：
  validate FILE...           检查文件；输出错误和警告
  analyze FILE [--format text|json] [--wait-model exact|allen-cunneen|auto]
          [--fail-on error|warning|never]
                             利用率、等待时间、瓶颈、失误点
  simulate FILE [--customers N] [--replications R] [--seed S]
           [--format text|json]
                             离散事件仿真；给出均值及 95% 置信区间
  generate --steps N [--seed S] [-o OUT]
                             生成含 N 个步骤的合成服务蓝图
  convert IN OUT             在 .blueprint 与 BPMN 2.0 (.bpmn) 之间转换

所有命令通用的选项：--help、--version。
运行“blueprint COMMAND --help”查看某个命令的选项。
退出状态：0 成功；1 发现问题（--fail-on）；2 用法错误，或文件无法读取或写入。
</translation>
    </message>
    <message>
        <source>Converts between the blueprint format (.blueprint) and BPMN 2.0 (.bpmn), by the extensions of the two files. Warnings, including what a BPMN file holds that is not imported, go to standard error as file:line:column: severity: message.</source>
        <translation>根据两个文件的扩展名，在服务蓝图格式（.blueprint）与 BPMN 2.0（.bpmn）之间转换。警告（包括 BPMN 文件中未导入的内容）以 file:line:column: severity: message 的格式输出到标准错误。</translation>
    </message>
    <message>
        <source>File to read (.blueprint or .bpmn).</source>
        <translation>要读取的文件（.blueprint 或 .bpmn）。</translation>
    </message>
    <message>
        <source>File to write (.blueprint or .bpmn).</source>
        <translation>要写入的文件（.blueprint 或 .bpmn）。</translation>
    </message>
    <message>
        <source>Usage: blueprint convert [--max-file-size MB] IN OUT</source>
        <translation>用法：blueprint convert [--max-file-size MB] IN OUT</translation>
    </message>
    <message>
        <source>blueprint convert: give one file to read and one file to write</source>
        <translation>blueprint convert: 请指定一个要读取的文件和一个要写入的文件</translation>
    </message>
    <message>
        <source>blueprint convert: cannot tell the format of %1 from its extension; use .blueprint or .bpmn</source>
        <translation>blueprint convert: 无法根据扩展名判断 %1 的格式；请使用 .blueprint 或 .bpmn</translation>
    </message>
    <message>
        <source>blueprint convert: --max-file-size must be a number of MB greater than 0 and at most 4096</source>
        <translation>blueprint convert: --max-file-size 必须是大于 0 且不超过 4096 的 MB 数</translation>
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
        <source>Change time unit</source>
        <translation>修改时间单位</translation>
    </message>
    <message>
        <source>New pool</source>
        <translation>新资源池</translation>
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
        <source>Blueprints (*.blueprint);;All files (*)</source>
        <translation>服务蓝图 (*.blueprint);;所有文件 (*)</translation>
    </message>
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
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
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
