<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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

命令：
  validate FILE...           检查文件；列出错误和警告
  generate --steps N [--seed S] [-o OUT]
                             写出一个含 N 个步骤的合成蓝图

每个命令都有的选项：--help、--version。
运行 &apos;blueprint COMMAND --help&apos; 查看某个命令的选项。
退出状态：0 成功，1 发现问题（--fail-on），2 用法错误或文件无法读取或写入。
</translation>
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
        <source>Blueprint file to open.</source>
        <translation>要打开的服务蓝图文件。</translation>
    </message>
    <message>
        <source>blueprint-studio: expected at most one file; see --help.</source>
        <translation>blueprint-studio: 最多只能指定一个文件；请参阅 --help。</translation>
    </message>
    <message>
        <source>blueprint-studio: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).
Run it under a virtual display: xvfb-run -a %1 FILE
</source>
        <translation>blueprint-studio：找不到显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。
请在虚拟显示器中运行：xvfb-run -a %1 FILE
</translation>
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
        <source>%1 could not be opened. The current blueprint is unchanged.</source>
        <translation>无法打开 %1。当前蓝图保持不变。</translation>
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
        <source>%1  ·  %2</source>
        <comment>step count, flow count</comment>
        <translation>%1  ·  %2</translation>
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
</TS>
