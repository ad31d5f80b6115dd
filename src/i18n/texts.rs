//! The UI strings, English and Korean side by side. Korean follows the Korean AWS console's words in
//! one polite register (product.md "Korean"); API names, CLI commands and state identifiers stay in
//! English.

impl Text {
    /// Names that are the same in both languages (product and API names, kept in English on purpose).
    pub const SAME_IN_BOTH: &'static [Text] = &[
        Text::Brand,
        Text::NavAmis,
        Text::NavCli,
        Text::ColumnVcpus,
        Text::ColumnImage,
    ];
}

texts! {
    Text;
    Brand => "EC2 Lab", "EC2 Lab";
    Tagline => "Learn Amazon EC2 by doing", "직접 해 보며 배우는 Amazon EC2";
    SkipToContent => "Skip to content", "본문으로 건너뛰기";
    MainNavigation => "Main", "주 메뉴";
    LanguageLabel => "Language", "언어";

    NavHome => "Home", "홈";
    NavLab => "Lab", "실습";
    NavLaunch => "Launch", "인스턴스 시작";
    NavAmis => "AMIs", "AMIs";
    NavVolumes => "Volumes", "볼륨";
    NavCli => "CLI", "CLI";
    NavLearn => "Learn", "학습";
    NavQuiz => "Quiz", "퀴즈";
    DataTitle => "Your data", "내 데이터";
    DataDescription => "Export your world, quiz progress and settings to a file, import them back, or start again.", "환경, 퀴즈 진행 상황, 설정을 파일로 내보내거나 다시 가져오거나, 처음부터 시작합니다.";

    HomeTitle => "Learn Amazon EC2 by doing", "직접 해 보며 배우는 Amazon EC2";
    HomeIntro =>
        "EC2 Lab is a faithful simulator of Amazon EC2 that runs entirely in your browser. Launch instances of real instance types, watch them move through the lifecycle, see what survives a stop or a terminate, build your own AMIs, and test yourself with a quiz that remembers what you forget. No AWS account, no server, nothing to pay.",
        "EC2 Lab은 브라우저 안에서만 동작하는 Amazon EC2 시뮬레이터입니다. 실제 인스턴스 유형으로 인스턴스를 시작하고, 수명 주기를 따라 상태가 바뀌는 모습을 보고, 중지(stop)나 종료(terminate) 후에 무엇이 남는지 확인하고, 나만의 AMI를 만들고, 틀린 문제를 기억해 다시 묻는 퀴즈로 실력을 점검할 수 있습니다. AWS 계정도, 서버도, 비용도 필요 없습니다.";
    HomePagesHeading => "Where to start", "어디서부터 시작할까요";
    HomeOfflineNote =>
        "Everything stays in this browser. Nothing you do here is sent anywhere.",
        "모든 데이터는 이 브라우저에만 저장됩니다. 여기서 하는 일은 어디에도 전송되지 않습니다.";

    LabDescription =>
        "An EC2-console-like list of your instances beside a live lifecycle diagram, a simulated clock, an event log and a CLI console.",
        "EC2 콘솔처럼 인스턴스 목록을 보여 주고, 옆에 실시간 수명 주기 다이어그램, 시뮬레이션 시계, 이벤트 로그, CLI 콘솔이 있습니다.";
    LaunchDescription =>
        "The launch wizard and the instance-type explorer: choose an AMI and one of the real instance types, set storage and protections, and launch.",
        "인스턴스 시작 마법사와 인스턴스 유형 탐색기입니다. AMI와 실제 인스턴스 유형을 고르고, 스토리지와 보호 설정을 정한 뒤 시작합니다.";
    AmisDescription =>
        "AWS-provided, Marketplace and your own AMIs: create an image from a modified instance, copy it to another Region, deregister it.",
        "AWS 제공, Marketplace, 내 AMI를 다룹니다. 수정한 인스턴스로 이미지를 만들고, 다른 리전으로 복사하고, 등록을 취소합니다.";
    VolumesDescription =>
        "EBS volumes, snapshots and instance store, and the survival matrix: what is kept and what is erased by stop, reboot, hibernate and terminate.",
        "EBS 볼륨, 스냅샷, 인스턴스 스토어를 다루고, 중지·재부팅·최대 절전 모드·종료 후에 무엇이 유지되고 무엇이 지워지는지 생존 표로 보여 줍니다.";
    CliDescription =>
        "An AWS CLI console on the simulator: aws ec2 run-instances, describe-instances, stop-instances and more, with real error messages.",
        "시뮬레이터 위에서 동작하는 AWS CLI 콘솔입니다. aws ec2 run-instances, describe-instances, stop-instances 등을 실제와 같은 오류 메시지로 실행합니다.";
    LearnDescription =>
        "Short lessons in Korean and English: workloads and elasticity, compute services, instance types, the lifecycle, AMIs and storage.",
        "한국어와 영어로 된 짧은 강의입니다. 워크로드와 탄력성, 컴퓨팅 서비스, 인스턴스 유형, 수명 주기, AMI, 스토리지를 다룹니다.";
    QuizDescription =>
        "A self-quiz with spaced repetition: questions from the lessons and questions generated and graded by the simulator.",
        "간격 반복 학습 퀴즈입니다. 강의 내용 문제와 시뮬레이터가 만들고 채점하는 문제가 나옵니다.";


    OpenTypeExplorer => "Explore instance types", "인스턴스 유형 살펴보기";

    TypesTitle => "Instance types", "인스턴스 유형";
    TypesIntro =>
        "All 1,395 instance types EC2 offers, from AWS's own DescribeInstanceTypes data. A name reads as [family][generation][attributes].[size]: decode one below, or filter the catalogue.",
        "EC2가 제공하는 인스턴스 유형 1,395개 전체이며, AWS DescribeInstanceTypes 데이터에서 가져왔습니다. 이름은 [패밀리][세대][속성].[크기]로 읽습니다. 아래에서 이름을 해석하거나 카탈로그를 필터링해 보세요.";
    DecoderHeading => "Decode a type name", "유형 이름 해석";
    DecoderLabel => "Instance type name", "인스턴스 유형 이름";
    DecoderHint => "For example c7gn.xlarge, m5d.large or t3.micro", "예: c7gn.xlarge, m5d.large, t3.micro";
    DecoderNotInCatalogue =>
        "This name is well-formed, but EC2 has no such instance type.",
        "형식은 올바르지만 EC2에는 이런 인스턴스 유형이 없습니다.";
    DidYouMean => "Did you mean", "이것을 찾으셨나요:";
    SizeLadderHeading => "Sizes in this family", "이 패밀리의 크기";
    ColumnSize => "Size", "크기";

    FiltersHeading => "Filter the catalogue", "카탈로그 필터";
    FilterSearch => "Search", "검색";
    FilterCategory => "Category", "범주";
    FilterFamily => "Family", "패밀리";
    FilterProcessor => "Processor", "프로세서";
    FilterMinVcpus => "vCPUs, at least", "최소 vCPU";
    FilterMaxVcpus => "vCPUs, at most", "최대 vCPU";
    FilterMinMemory => "Memory (GiB), at least", "최소 메모리(GiB)";
    FilterMaxMemory => "Memory (GiB), at most", "최대 메모리(GiB)";
    FilterInstanceStore => "Instance store", "인스턴스 스토어";
    FilterBurstable => "Burstable (T family)", "버스트 가능(T 패밀리)";
    FilterCurrentGeneration => "Current generation", "현재 세대";
    FilterAny => "Any", "전체";
    FilterYes => "Yes", "예";
    FilterNo => "No", "아니요";
    FilterReset => "Clear filters", "필터 지우기";
    FilterNotANumber => "Enter a whole number, like 4", "4처럼 정수를 입력하세요";
    FilterNotGib => "Enter a number of GiB, like 16 or 0.5", "16이나 0.5처럼 GiB 숫자를 입력하세요";

    ResultsHeading => "Matching types", "일치하는 유형";
    NoMatches => "No instance type matches these filters.", "이 필터에 맞는 인스턴스 유형이 없습니다.";
    ColumnType => "Instance type", "인스턴스 유형";
    ColumnVcpus => "vCPUs", "vCPU";
    ColumnMemory => "Memory (GiB)", "메모리(GiB)";
    ColumnArchitecture => "Architecture", "아키텍처";
    ColumnInstanceStore => "Instance store", "인스턴스 스토어";
    ColumnNetwork => "Network", "네트워크";
    ColumnHibernation => "Hibernation", "최대 절전 모드";
    ColumnCompare => "Compare", "비교";
    SortBy => "Sort by", "정렬 기준:";
    SortedAscending => "sorted ascending", "오름차순 정렬됨";
    SortedDescending => "sorted descending", "내림차순 정렬됨";
    NoInstanceStore => "EBS only", "EBS 전용";
    CompareHeading => "Compare", "비교";
    CompareHint =>
        "Tick two to four types in the table to compare them side by side.",
        "표에서 유형을 2~4개 선택하면 나란히 비교할 수 있습니다.";
    CompareFull => "Four types are the most you can compare at once.", "한 번에 최대 4개까지 비교할 수 있습니다.";
    CompareRemove => "Remove from comparison", "비교에서 제거";
    RowCategory => "Category", "범주";
    RowProcessor => "Processor", "프로세서";
    RowHypervisor => "Hypervisor", "하이퍼바이저";
    RowBurstable => "Burstable", "버스트 가능";
    RowCurrentGeneration => "Current generation", "현재 세대";
    RowRootDevice => "Root device types", "루트 디바이스 유형";
    BareMetal => "bare metal", "베어 메탈";

    // --- Learn page and glossary ---

    LessonsHeading => "Lessons", "강의 목록";
    LessonsIntro =>
        "Read them in order: each builds on the one before and ends with experiments to try in the Lab and a quiz topic to practise.",
        "순서대로 읽으면 됩니다. 각 강의는 앞 강의를 바탕으로 하며, 실습에서 해 볼 실험과 연습할 퀴즈 주제로 끝납니다.";
    OpenGlossary => "Glossary: every term in English and Korean", "용어집: 모든 용어를 영어와 한국어로";
    LessonBreadcrumb => "Lessons", "강의";
    NoSuchLessonTitle => "No such lesson", "강의를 찾을 수 없습니다";
    NoSuchLessonBody =>
        "There is no lesson at this address. It may have been renamed; the list has every lesson.",
        "이 주소에는 강의가 없습니다. 이름이 바뀌었을 수 있습니다. 목록에서 모든 강의를 볼 수 있습니다.";
    BackToLessons => "Back to the list of lessons", "강의 목록으로 돌아가기";
    OnThisPage => "On this page", "이 페이지의 내용";
    KeyTermsHeading => "Key terms", "핵심 용어";
    TryItHeading => "Try it in the Lab", "실습에서 해 보기";
    TryItNotWired =>
        "The five lifecycle cases set the Lab up for you; the other ready-made set-ups are not built yet, so those buttons open the Lab page as it is.",
        "수명 주기의 다섯 가지 경우는 실습을 자동으로 준비합니다. 다른 실험 구성은 아직 만들어지지 않아, 해당 버튼은 실습 페이지를 그대로 엽니다.";
    QuizHeading => "Test yourself", "퀴즈로 확인하기";
    QuizLinkPrefix => "Quiz", "퀴즈";
    QuizNotWired =>
        "The quiz page is still being built: for now these links open it as it is.",
        "퀴즈 페이지는 아직 만드는 중입니다. 지금은 이 링크가 퀴즈 페이지를 그대로 엽니다.";
    QuizTopicCloudBasics => "Cloud basics", "클라우드 기초";
    QuizTopicComputeServices => "Compute services", "컴퓨팅 서비스";
    QuizTopicInstanceTypes => "Instance types", "인스턴스 유형";
    QuizTopicLifecycle => "The lifecycle", "수명 주기";
    QuizTopicAmis => "AMIs", "Amazon 머신 이미지(AMI)";
    QuizTopicStorage => "Storage", "스토리지";
    QuizTopicPersistence => "What persists", "무엇이 유지되는가";
    QuizTopicVolumes => "Volumes and snapshots", "볼륨과 스냅샷";
    QuizTopicBilling => "Billing", "요금";
    SourcesHeading => "Sources", "출처";
    SourcesNote =>
        "Web pages are listed as text: EC2 Lab opens no other site.",
        "웹 페이지는 텍스트로만 표시합니다. EC2 Lab은 다른 사이트를 열지 않습니다.";
    LessonNavigation => "Previous and next lesson", "이전 강의와 다음 강의";
    PreviousLesson => "Previous lesson", "이전 강의";
    NextLesson => "Next lesson", "다음 강의";
    AllTermsInGlossary => "Every term of every lesson is in the glossary.", "모든 강의의 용어는 용어집에 있습니다.";
    CalloutNote => "Note", "참고";
    CalloutTip => "Tip", "팁";
    CalloutTrap => "Trap", "함정 주의";
    CalloutSimplified => "Simplified in the simulator", "시뮬레이터에서 단순화함";
    CalloutUnverified => "Unverified", "확인되지 않음";

    GlossaryTitle => "Glossary", "용어집";
    GlossaryIntro =>
        "Every term of the lessons in English and Korean, as the Korean AWS console says it, with its API name.",
        "강의에 나오는 모든 용어를 한국어 AWS 콘솔의 표현과 영어로, API 이름과 함께 정리했습니다.";
    GlossaryTrapTitle => "종료 = terminate, not shut down", "종료 = terminate(영구 삭제), 끄기가 아닙니다";
    GlossaryTrapText =>
        "In the Korean console, 종료 means terminate: the instance is deleted for good and cannot come back. To switch an instance off and keep it, choose 중지 (stop). 종료 중 is `shutting-down`, 종료됨 is `terminated`.",
        "한국어 콘솔에서 종료는 terminate입니다. 인스턴스가 영구히 삭제되며 되돌릴 수 없습니다. 인스턴스를 끄고 보관하려면 중지(stop)를 선택합니다. 종료 중은 `shutting-down`, 종료됨은 `terminated`입니다.";
    GlossarySearch => "Search the glossary", "용어집 검색";
    GlossarySearchHint =>
        "English, Korean or API name: for example terminate, 종료 or DeleteOnTermination",
        "영어, 한국어, API 이름으로 찾습니다. 예: terminate, 종료, DeleteOnTermination";
    GlossaryTableCaption => "Terms", "용어";
    GlossaryColumnEnglish => "English", "영어";
    GlossaryColumnKorean => "Korean", "한국어";
    GlossaryColumnApi => "API name", "API 이름";
    GlossaryColumnLesson => "Lesson", "강의";
    GlossaryConsoleOnly => "Console term", "콘솔 용어";
    GlossaryNoMatch => "No term matches this search.", "검색과 일치하는 용어가 없습니다.";


    // --- Lab page ---

    LabIntro =>
        "Launch an instance, watch it on the lifecycle diagram as the simulated clock runs, and act on it from the list or the diagram. Every action EC2 accepts lands in the event log with its AWS CLI command; a refused one shows EC2's exact error instead.",
        "인스턴스를 시작하고, 시뮬레이션 시계가 흐르는 동안 수명 주기 다이어그램에서 지켜보고, 목록이나 다이어그램에서 작업을 실행해 보세요. EC2가 받아들인 작업은 AWS CLI 명령과 함께 이벤트 로그에 기록되고, 거부된 작업은 대신 EC2의 오류를 그대로 보여 줍니다.";
    LaunchNameLabel => "Name of the new instance", "새 인스턴스 이름";
    LaunchDefaultButton => "Launch t2.micro (Amazon Linux 2023)", "t2.micro 시작(Amazon Linux 2023)";
    InstancesHeading => "Instances", "인스턴스";
    InstancePagesLabel => "Instance pages", "인스턴스 페이지";
    PreviousPage => "Previous page", "이전 페이지";
    NextPage => "Next page", "다음 페이지";
    NoInstances => "No instances yet. Launch one to begin.", "아직 인스턴스가 없습니다. 하나를 시작해 보세요.";
    ColumnName => "Name", "이름";
    ColumnInstanceId => "Instance ID", "인스턴스 ID";
    ColumnState => "Instance state", "인스턴스 상태";
    ColumnImage => "AMI ID", "AMI ID";
    ColumnZone => "Availability Zone", "가용 영역";
    ColumnPublicIp => "Public IPv4", "퍼블릭 IPv4";
    ColumnPrivateIp => "Private IPv4", "프라이빗 IPv4";
    StateActionsLabel => "Instance state actions for the ticked instances", "선택한 인스턴스의 상태 작업";
    ActionStart => "Start", "시작";
    ActionStop => "Stop", "중지";
    ActionHibernate => "Hibernate", "최대 절전 모드";
    ActionForceStop => "Force stop", "강제 중지";
    ActionReboot => "Reboot", "재부팅";
    ActionTerminate => "Terminate", "종료(삭제)";
    ByItself => "by itself", "자동";
    DiagramNow => "now", "현재";
    CasesHeading => "The five cases, step by step", "다섯 가지 경우, 단계별로";
    CasesIntro =>
        "Pick a case: the Lab sets up an instance in its starting state, pauses the clock, and walks you through it on the diagram.",
        "경우를 고르면 실습이 시작 상태의 인스턴스를 준비하고 시계를 멈춘 뒤, 다이어그램에서 한 단계씩 안내합니다.";
    CaseStepOf => "Step", "단계";
    CaseDoIt => "Do it", "실행하기";
    CaseLetTimePass => "Let time pass", "시간 흐르게 하기";
    CaseReplay => "Replay this case", "이 경우 다시 하기";
    CaseEnd => "End the walk-through", "안내 끝내기";
    CaseDone => "Done: that is the whole case. Replay it, or pick another.", "이 경우를 모두 마쳤습니다. 다시 하거나 다른 경우를 골라 보세요.";
    CaseStartsFrom => "Starts from", "시작 상태";
    CasePath => "Path", "경로";
    Case1Title => "1. First launch", "1. 처음 시작";
    Case1Step1 =>
        "RunInstances creates the instance in pending: EC2 picks a host, creates the root EBS volume from the AMI's snapshot and boots it. Not billed yet.",
        "RunInstances를 호출하면 인스턴스는 대기 중(pending)이 됩니다. EC2가 호스트를 고르고, AMI의 스냅샷으로 루트 EBS 볼륨을 만들어 부팅합니다. 아직 과금되지 않습니다.";
    Case1Step2 =>
        "pending passes by itself and the instance is running: ready to use, and billed per second from now, with a one-minute minimum.",
        "대기 중은 저절로 지나가고 인스턴스는 실행 중(running)이 됩니다. 이제 사용할 수 있으며, 지금부터 초 단위로(최소 1분) 과금됩니다.";
    Case2Title => "2. Stop a running instance", "2. 실행 중인 인스턴스 중지";
    Case2Step1 =>
        "StopInstances: the instance goes to stopping while its OS shuts down. Instance usage is no longer billed; its EBS volumes still are.",
        "StopInstances를 호출하면 운영 체제가 종료되는 동안 인스턴스는 중지 중(stopping)이 됩니다. 인스턴스 사용량은 더 이상 과금되지 않지만 EBS 볼륨은 계속 과금됩니다.";
    Case2Step2 =>
        "stopped: the instance keeps its ID, private IP and EBS volumes. Its auto-assigned public IP is released and any instance store is erased.",
        "중지됨(stopped): 인스턴스 ID, 프라이빗 IP, EBS 볼륨은 그대로입니다. 자동 할당된 퍼블릭 IP는 해제되고 인스턴스 스토어의 데이터는 지워집니다.";
    Case3Title => "3. Start a stopped instance again", "3. 중지된 인스턴스 다시 시작";
    Case3Step1 =>
        "StartInstances: stopped → pending. The instance usually lands on a new host.",
        "StartInstances를 호출하면 중지됨에서 대기 중(pending)으로 바뀝니다. 보통 새 호스트에서 실행됩니다.";
    Case3Step2 =>
        "running again: the same instance ID and private IP, a new public IP, and a new billing period with its own one-minute minimum.",
        "다시 실행 중입니다. 인스턴스 ID와 프라이빗 IP는 같고, 퍼블릭 IP는 새로 받으며, 새 과금 기간이 최소 1분과 함께 시작됩니다.";
    Case4Title => "4. Terminate a stopped instance", "4. 중지된 인스턴스 종료";
    Case4Step1 =>
        "TerminateInstances works on a stopped instance too: it goes to shutting-down.",
        "TerminateInstances는 중지된 인스턴스에도 동작합니다. 인스턴스는 종료 중(shutting-down)이 됩니다.";
    Case4Step2 =>
        "terminated: gone for good. The root volume is deleted (DeleteOnTermination), and the instance stays listed for about an hour. In the Korean console this is 종료: permanent, unlike 중지 (stop).",
        "종료됨(terminated): 영구히 삭제되었습니다. 루트 볼륨은 삭제되고(DeleteOnTermination), 인스턴스는 약 1시간 동안 목록에 남습니다. 콘솔의 종료는 이것이며, 중지(stop)와 달리 되돌릴 수 없습니다.";
    Case5Title => "5. Terminate a running instance", "5. 실행 중인 인스턴스 종료";
    Case5Step1 =>
        "TerminateInstances on a running instance: running → shutting-down. The OS shuts down and billing stops.",
        "실행 중인 인스턴스에 TerminateInstances를 호출하면 실행 중에서 종료 중(shutting-down)으로 바뀝니다. 운영 체제가 종료되고 과금이 멈춥니다.";
    Case5Step2 =>
        "terminated: nothing can start it again. Volumes launched with it are deleted unless DeleteOnTermination was turned off.",
        "종료됨: 다시 시작할 수 없습니다. 함께 시작된 볼륨은 DeleteOnTermination을 끄지 않았다면 삭제됩니다.";
    ConsoleHeading => "AWS CLI console", "AWS CLI 콘솔";
    ConsoleHint =>
        "Type aws ec2 commands, ssh INSTANCE_ID COMMAND, clock or help. Up and Down recall earlier lines; Tab completes commands, options and IDs, and moves on when there is nothing to complete.",
        "aws ec2 명령, ssh 인스턴스ID 명령, clock, help를 입력하세요. 위/아래 화살표로 이전 명령을 불러오고, Tab으로 명령·옵션·ID를 자동 완성합니다. 완성할 것이 없으면 Tab은 다음 항목으로 넘어갑니다.";
    ConsoleOutput => "Console output", "콘솔 출력";
    ConsoleInputLabel => "AWS CLI command", "AWS CLI 명령";
    ConsoleCandidates => "Completions", "자동 완성 후보";
    ConsoleClear => "Clear", "지우기";
    OutputNarrowHint =>
        "Long output is shown in part, as the AWS CLI shows it a page at a time. --query keeps only what you ask for, e.g. --query 'Reservations[].Instances[].InstanceId'.",
        "긴 출력은 일부만 보여 줍니다(AWS CLI도 한 화면씩 나누어 보여 줍니다). --query로 필요한 부분만 고를 수 있습니다. 예: --query 'Reservations[].Instances[].InstanceId'";
    DiagramActions => "Actions on the diagram", "다이어그램 작업";
    DiagramHeading => "Lifecycle diagram", "수명 주기 다이어그램";
    DiagramNoSelection => "Select an instance in the list to see it on the diagram.", "목록에서 인스턴스를 선택하면 다이어그램에 표시됩니다.";
    LegendReached => "Reached state: the instance rests here", "도달 상태: 인스턴스가 머무는 상태";
    LegendTransitional => "Transitional state: passes by itself as time runs", "전환 상태: 시간이 지나면 저절로 넘어가는 상태";
    RebootingIsAPhase =>
        "Rebooting is drawn as a phase for teaching: the API keeps saying running throughout.",
        "재부팅 중은 학습을 위해 그린 단계입니다. API는 그동안 계속 running으로 표시합니다.";
    WhyNotNow => "Why some actions are unavailable now", "지금 할 수 없는 작업과 그 이유";
    NoEffectNow => "EC2 would accept this call and change nothing.", "EC2는 이 호출을 받아들이지만 아무것도 바뀌지 않습니다.";
    ClockHeading => "Simulated clock", "시뮬레이션 시계";
    ClockSpeedLabel => "Clock speed", "시계 속도";
    SpeedPaused => "Paused", "일시 정지";
    SpeedRealTime => "Real time", "실시간";
    SpeedTimes5 => "5×", "5배";
    SpeedTimes20 => "20×", "20배";
    SpeedInstant => "Instant", "즉시";
    StepButton => "Step to the next change", "다음 변화로 진행";
    EventLogHeading => "Event log", "이벤트 로그";
    NoEvents => "Nothing has happened yet.", "아직 일어난 일이 없습니다.";
    CopyCommand => "Copy", "복사";
    BillingHeading => "Billing right now", "현재 과금";
    NothingBilled => "Nothing is billed right now.", "지금은 과금되는 것이 없습니다.";
    BilledRunning =>
        "running: instance usage billed per second, one-minute minimum each start",
        "실행 중: 인스턴스 사용량이 초 단위로 과금되며, 시작할 때마다 최소 1분이 과금됩니다";
    BilledHibernating =>
        "stopping to hibernate: billed while RAM is saved to the root volume",
        "최대 절전 모드로 중지 중: RAM을 루트 볼륨에 저장하는 동안 과금됩니다";
    BilledVolume => "EBS volume: billed per GiB-month while it exists", "EBS 볼륨: 존재하는 동안 GiB-월 단위로 과금됩니다";
    BilledSnapshot => "snapshot: its stored data is billed until it is deleted", "스냅샷: 삭제할 때까지 저장된 데이터가 과금됩니다";
    BilledElasticIp =>
        "Elastic IP: billed while allocated, also when its instance is stopped",
        "탄력적 IP: 할당되어 있는 동안 과금되며, 인스턴스가 중지되어 있어도 과금됩니다";
    UsageSoFar => "Usage so far", "지금까지 사용량";
    ErrorHeading => "EC2 refused the request", "EC2가 요청을 거부했습니다";
    Dismiss => "Dismiss", "닫기";
    UnreadableWorld =>
        "Your saved Lab could not be read, so the Lab started fresh. The old data was kept in this browser as a backup.",
        "저장된 실습 데이터를 읽을 수 없어 새로 시작했습니다. 이전 데이터는 이 브라우저에 백업으로 보관했습니다.";
    DetailsHeading => "Details", "세부 정보";
    DetailType => "Instance type", "인스턴스 유형";
    DetailRootDevice => "Root device type", "루트 디바이스 유형";
    DetailLaunchTime => "Launch time", "시작 시간";
    DetailStateReason => "State transition reason", "상태 전환 사유";
    DetailTerminationProtection => "Termination protection", "종료 방지";
    DetailStopProtection => "Stop protection", "중지 방지";
    DetailHibernation => "Hibernation", "최대 절전 모드";
    DetailBillable => "Billable instance time", "과금 대상 인스턴스 시간";
    DetailStorage => "Storage", "스토리지";
    Enabled => "Enabled", "활성화됨";
    Disabled => "Disabled", "비활성화됨";
    SimulatedTime => "Simulated time", "시뮬레이션 시각";

    StatePending => "pending", "대기 중";
    StateRunning => "running", "실행 중";
    StateRebooting => "rebooting", "재부팅 중";
    StateStopping => "stopping", "중지 중";
    StateStopped => "stopped", "중지됨";
    StateShuttingDown => "shutting-down", "종료 중";
    StateTerminated => "terminated", "종료됨";

    NotFoundTitle => "Page not found", "페이지를 찾을 수 없습니다";
    NotFoundBody => "There is no page at this address.", "이 주소에는 페이지가 없습니다.";
    BackHome => "Back to the home page", "홈으로 돌아가기";

    FooterDisclaimer =>
        "A study simulator; not affiliated with Amazon Web Services. It runs entirely in your browser: no server, no account, no tracking.",
        "학습용 시뮬레이터이며 Amazon Web Services와 관련이 없습니다. 브라우저 안에서만 동작합니다. 서버도, 계정도, 추적도 없습니다.";
    FooterSimplified =>
        "Where the simulator simplifies real EC2, the page says so.",
        "시뮬레이터가 실제 EC2를 단순화한 부분은 화면에 표시합니다.";
}
